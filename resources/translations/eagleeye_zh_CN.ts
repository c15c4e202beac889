<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertNames</name>
    <message>
        <location filename="../../views/AlertNames.cpp" line="11" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="12" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="13" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="40" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="42" />
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="44" />
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="46" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="59" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="61" />
        <source>Hand back for review</source>
        <translation>退回审核</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="62" />
        <source>Start review</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="64" />
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="66" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ClusterNames</name>
    <message>
        <location filename="../../views/ClusterNames.cpp" line="10" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="24" />
        <source>liquidity provider</source>
        <translation>流动性提供方</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="25" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="26" />
        <source>net borrower</source>
        <translation>净融入方</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="25" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="26" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="27" />
        <source>net lender</source>
        <translation>净融出方</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="27" />
        <source>wholesale-funded</source>
        <translation>依赖批发融资</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="28" />
        <source>heavy borrower</source>
        <translation>大额融入方</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="29" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="30" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="31" />
        <source>overnight-funded</source>
        <translation>依赖隔夜融资</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="29" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="30" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="31" />
        <source>term-funded</source>
        <translation>以定期融资为主</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="32" />
        <source>leveraged</source>
        <translation>高杠杆</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="32" />
        <source>low leverage</source>
        <translation>低杠杆</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="33" />
        <source>active bond trader</source>
        <translation>活跃债券交易商</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="33" />
        <source>little bond trading</source>
        <translation>债券交易少</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="34" />
        <source>market maker</source>
        <translation>做市商</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="34" />
        <source>occasional trader</source>
        <translation>偶发交易者</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="35" />
        <source>widely connected</source>
        <translation>交易对手广泛</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="35" />
        <source>few counterparties</source>
        <translation>交易对手少</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="36" />
        <source>bond buyer</source>
        <translation>债券买方</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="36" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="37" />
        <source>bond seller</source>
        <translation>债券卖方</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="37" />
        <source>bond accumulator</source>
        <translation>债券增持者</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="38" />
        <source>FX dealer</source>
        <translation>外汇交易商</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="39" />
        <source>gold trader</source>
        <translation>黄金交易者</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="40" />
        <source>money-market heavy</source>
        <translation>以货币市场为主</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="41" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="42" />
        <source>large balance sheet</source>
        <translation>资产规模大</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="41" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="42" />
        <source>small balance sheet</source>
        <translation>资产规模小</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="43" />
        <source>multi-market</source>
        <translation>多市场参与</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="43" />
        <source>single-market</source>
        <translation>单一市场</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="44" />
        <source>many lenders</source>
        <translation>融出方众多</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="44" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="45" />
        <source>relationship-funded</source>
        <translation>依赖固定融出方</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="46" />
        <source>concentrated counterparties</source>
        <translation>交易对手集中</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="46" />
        <source>diversified counterparties</source>
        <translation>交易对手分散</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="47" />
        <source>related-party trader</source>
        <translation>关联交易多</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="48" />
        <source>round-tripper</source>
        <translation>回转交易多</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="49" />
        <source>high funding cost</source>
        <translation>融资成本高</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="49" />
        <source>cheap funding</source>
        <translation>融资成本低</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="50" />
        <source>lends at a premium</source>
        <translation>溢价融出</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="51" />
        <source>liquid</source>
        <translation>流动性充裕</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="51" />
        <source>thin liquidity buffer</source>
        <translation>流动性缓冲薄</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="52" />
        <source>late-session trader</source>
        <translation>尾盘交易多</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="53" />
        <location filename="../../models/learning/ClusterNaming.cpp" line="54" />
        <source>off-market pricing</source>
        <translation>偏离市场定价</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="55" />
        <source>period-end borrower</source>
        <translation>期末集中融入</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="56" />
        <source>shifting counterparties</source>
        <translation>交易对手多变</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="56" />
        <source>stable counterparties</source>
        <translation>交易对手稳定</translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="81" />
        <source>average profile</source>
        <translation>一般特征</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="21" />
        <source>DR001 (overnight repo)</source>
        <translation>DR001（隔夜回购）</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="22" />
        <source>DR007 (7-day repo)</source>
        <translation>DR007（7天回购）</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="23" />
        <source>Corridor floor</source>
        <translation>走廊下限</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="24" />
        <source>Policy rate (7-day reverse repo)</source>
        <translation>政策利率（7天逆回购）</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="25" />
        <source>Corridor ceiling (SLF)</source>
        <translation>走廊上限（常备借贷便利）</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="31" />
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="32" />
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="33" />
        <source>Liquidity</source>
        <translation>流动性</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="34" />
        <source>Operational</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="35" />
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="36" />
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="173" />
        <source>Bonds</source>
        <translation>债券</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="174" />
        <source>Money market</source>
        <translation>货币市场</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="175" />
        <source>FX</source>
        <translation>外汇</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="176" />
        <source>Equities</source>
        <translation>股票</translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="177" />
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
</context>
<context>
    <name>FeatureFamilies</name>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="166" />
        <source>Activity</source>
        <translation>交易活跃度</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="167" />
        <source>Funding and liquidity</source>
        <translation>融资与流动性</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="168" />
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="169" />
        <source>Counterparties and network</source>
        <translation>交易对手与网络</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="170" />
        <source>Balance sheet and leverage</source>
        <translation>资产负债与杠杆</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="171" />
        <source>Behaviour</source>
        <translation>交易行为</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="177" />
        <source>Risk scores</source>
        <translation>风险评分</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="178" />
        <source>Market risk</source>
        <translation>市场风险</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="179" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FeatureNames</name>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="28" />
        <source>Money-market volume</source>
        <translation>货币市场交易量</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="28" />
        <location filename="../../views/FeatureNames.cpp" line="29" />
        <location filename="../../views/FeatureNames.cpp" line="30" />
        <location filename="../../views/FeatureNames.cpp" line="31" />
        <location filename="../../views/FeatureNames.cpp" line="34" />
        <location filename="../../views/FeatureNames.cpp" line="35" />
        <location filename="../../views/FeatureNames.cpp" line="36" />
        <location filename="../../views/FeatureNames.cpp" line="37" />
        <location filename="../../views/FeatureNames.cpp" line="54" />
        <location filename="../../views/FeatureNames.cpp" line="55" />
        <location filename="../../views/FeatureNames.cpp" line="61" />
        <location filename="../../views/FeatureNames.cpp" line="90" />
        <location filename="../../views/FeatureNames.cpp" line="93" />
        <location filename="../../views/FeatureNames.cpp" line="96" />
        <source>CNY bn</source>
        <translation>十亿元</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="29" />
        <source>Bond trading volume</source>
        <translation>债券交易量</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="30" />
        <source>FX trading volume</source>
        <translation>外汇交易量</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="31" />
        <source>Gold trading volume</source>
        <translation>黄金交易量</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="32" />
        <source>Trades</source>
        <translation>成交笔数</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="33" />
        <source>Markets traded</source>
        <translation>参与市场数</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="34" />
        <source>Money-market borrowing</source>
        <translation>货币市场融入</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="35" />
        <source>Money-market lending</source>
        <translation>货币市场融出</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="36" />
        <source>Net money-market borrowing</source>
        <translation>货币市场净融入</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="37" />
        <source>Net borrowing, 20-day mean</source>
        <translation>净融入（20日均值）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="39" />
        <source>Overnight funding share, 20-day mean</source>
        <translation>隔夜融资占比（20日均值）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="40" />
        <source>Average borrowing tenor</source>
        <translation>平均融入期限</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="40" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="41" />
        <source>Borrowing against its 20-day mean</source>
        <translation>融入量相对20日均值</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="41" />
        <location filename="../../views/FeatureNames.cpp" line="58" />
        <source>ratio</source>
        <translation>倍</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="42" />
        <source>Net borrowing to assets</source>
        <translation>净融入/总资产</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="43" />
        <source>Liquid assets ratio</source>
        <translation>流动资产比率</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="45" />
        <source>Lending spread over fixing</source>
        <translation>融出利差（相对定盘利率）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="46" />
        <source>Bond price deviation from the day's average</source>
        <translation>债券成交价偏离当日均价</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="46" />
        <source>price points</source>
        <translation>价格点</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="47" />
        <source>Off-market bond share</source>
        <translation>偏离市场价格的债券成交占比</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="48" />
        <source>Counterparties</source>
        <translation>交易对手数</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="50" />
        <source>Lenders</source>
        <translation>融出方数量</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="51" />
        <source>Largest lender's share</source>
        <translation>最大融出方占比</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="52" />
        <source>New counterparty share</source>
        <translation>新交易对手占比</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="53" />
        <source>Related-party share</source>
        <translation>关联方交易占比</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="54" />
        <source>Total assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="55" />
        <source>Equity</source>
        <translation>所有者权益</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="56" />
        <source>Leverage (assets / equity)</source>
        <translation>杠杆率（资产/权益）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="56" />
        <source>times</source>
        <translation>倍</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="57" />
        <source>End-of-day trading share</source>
        <translation>尾盘交易占比</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="58" />
        <source>Month-end borrowing against its 20-day mean</source>
        <translation>月末融入相对20日均值</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="59" />
        <source>Bond round-trip share</source>
        <translation>债券当日回转交易占比</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="60" />
        <source>Bond purchases share</source>
        <translation>债券买入占比</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="61" />
        <source>Net bond purchases</source>
        <translation>债券净买入</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="62" />
        <source>Market risk score</source>
        <translation>市场风险评分</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="62" />
        <location filename="../../views/FeatureNames.cpp" line="63" />
        <location filename="../../views/FeatureNames.cpp" line="64" />
        <location filename="../../views/FeatureNames.cpp" line="65" />
        <location filename="../../views/FeatureNames.cpp" line="66" />
        <location filename="../../views/FeatureNames.cpp" line="67" />
        <source>0-100</source>
        <translation>0-100</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="63" />
        <source>Credit risk score</source>
        <translation>信用风险评分</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="64" />
        <source>Liquidity risk score</source>
        <translation>流动性风险评分</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="65" />
        <source>Operational risk score</source>
        <translation>操作风险评分</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="66" />
        <source>Reputation and strategic risk score</source>
        <translation>声誉与战略风险评分</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="67" />
        <source>Behaviour and compliance score</source>
        <translation>行为与合规评分</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="73" />
        <source>PageRank in the exposure network</source>
        <translation>敞口网络中的PageRank</translation>
    </message>
    <message>
        <source>Share of a random walk along the exposures, weighted by amount, that ends at it</source>
        <translation type="vanished">沿敞口按金额加权随机游走时停留在该机构的概率</translation>
    </message>
    <message>
        <source>How central it is to the flow of funds: distress there reaches many</source>
        <translation type="vanished">其在资金流动中的中心地位：此处的困境会波及众多机构</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="74" />
        <source>Betweenness (share of exposure paths through it)</source>
        <translation>中介中心性（经过它的敞口路径占比）</translation>
    </message>
    <message>
        <source>Share of the shortest exposure paths between other institutions that pass through it</source>
        <translation type="vanished">其他机构之间的最短敞口路径中经过该机构的比例</translation>
    </message>
    <message>
        <source>A broker between others: its failure cuts channels of funding</source>
        <translation type="vanished">居间者：其倒闭会切断融资渠道</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="75" />
        <source>Eigenvector centrality</source>
        <translation>特征向量中心性</translation>
    </message>
    <message>
        <source>Centrality from being exposed to institutions that are themselves central</source>
        <translation type="vanished">因与本身处于中心的机构存在敞口而获得的中心性</translation>
    </message>
    <message>
        <source>Tied into the core of the market</source>
        <translation type="vanished">与市场核心紧密相连</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="76" />
        <source>Hub score (large claims on central borrowers)</source>
        <translation>枢纽得分（对核心融入方的大额债权）</translation>
    </message>
    <message>
        <source>How much it lends to the institutions the market lends to most</source>
        <translation type="vanished">其向市场主要借款方融出的程度</translation>
    </message>
    <message>
        <source>A lender whose losses would come from the core</source>
        <translation type="vanished">其损失将来自市场核心的融出方</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="77" />
        <source>Authority score (owes much to central lenders)</source>
        <translation>权威得分（对核心融出方的大额负债）</translation>
    </message>
    <message>
        <source>How much it borrows from the institutions that lend most</source>
        <translation type="vanished">其从主要融出方融入的程度</translation>
    </message>
    <message>
        <source>Depends on the market's main lenders for its funding</source>
        <translation type="vanished">融资依赖市场上的主要融出方</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="78" />
        <source>Core depth (k-core)</source>
        <translation>核心层级（k-核）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="78" />
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>The deepest k-core it belongs to: k counterparties that each have at least k</source>
        <translation type="vanished">所属的最深k核：有k个交易对手，且每个对手也至少有k个</translation>
    </message>
    <message>
        <source>The core is where contagion circulates</source>
        <translation type="vanished">风险传染在核心层中循环</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="79" />
        <source>System loss if it fails (DebtRank)</source>
        <translation>其违约时的系统损失（DebtRank）</translation>
    </message>
    <message>
        <source>Share of the system's equity lost if it alone fails (linear DebtRank through the exposures)</source>
        <translation type="vanished">仅该机构倒闭时系统损失的权益比例（沿敞口计算的线性DebtRank）</translation>
    </message>
    <message>
        <source>Systemic importance: too connected to fail</source>
        <translation type="vanished">系统重要性：关联过多而不能倒</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="80" />
        <source>PageRank in the repo layer</source>
        <translation>回购层 PageRank</translation>
    </message>
    <message>
        <source>PageRank on the repo exposures alone</source>
        <translation type="vanished">仅按回购敞口计算的 PageRank</translation>
    </message>
    <message>
        <source>How central it is to secured funding</source>
        <translation type="vanished">在有担保融资中的中心程度</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="81" />
        <source>PageRank in the interbank lending layer</source>
        <translation>同业拆借层 PageRank</translation>
    </message>
    <message>
        <source>PageRank on the unsecured interbank lending exposures alone</source>
        <translation type="vanished">仅按无担保同业拆借敞口计算的 PageRank</translation>
    </message>
    <message>
        <source>How central it is to unsecured funding, the first to dry up in stress</source>
        <translation type="vanished">在无担保融资中的中心程度；压力下此类融资最先枯竭</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="82" />
        <source>PageRank in the bond holdings layer</source>
        <translation>债券持有层 PageRank</translation>
    </message>
    <message>
        <source>PageRank on the exposures of bond holders to the institutions that issued the bonds alone</source>
        <translation type="vanished">仅按债券持有人对发行机构的敞口计算的 PageRank</translation>
    </message>
    <message>
        <source>Losses that would travel through the bonds institutions hold of each other</source>
        <translation type="vanished">损失可能经由机构相互持有的债券传导</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="83" />
        <source>PageRank in the FX swap layer</source>
        <translation>外汇掉期层 PageRank</translation>
    </message>
    <message>
        <source>PageRank on the FX swap exposures alone</source>
        <translation type="vanished">仅按外汇掉期敞口计算的 PageRank</translation>
    </message>
    <message>
        <source>How central it is to foreign-currency funding</source>
        <translation type="vanished">在外币融资中的中心程度</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="84" />
        <source>Counterparties in the network</source>
        <translation>网络中的交易对手数</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="85" />
        <source>Institutions it has an exposure to or from on the network's day</source>
        <translation>网络日期当天与其存在双向或单向敞口的机构</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="86" />
        <source>Connectedness: how many a failure touches first</source>
        <translation>关联程度：一旦倒闭首先波及多少机构</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="87" />
        <source>Early-warning score</source>
        <translation>预警得分</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="88" />
        <source>The early-warning model's probability of a risk event within its horizon</source>
        <translation>预警模型给出的在预测期内发生风险事件的概率</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="89" />
        <source>An early signal learnt from past events: look before the scores move</source>
        <translation>从历史事件中学到的早期信号：在评分变化之前就值得关注</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="90" />
        <source>One-day VaR (99%, historical)</source>
        <translation>单日风险价值（99%，历史模拟）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="91" />
        <source>The loss on its bond, FX and gold positions that one day in a hundred exceeds, from the last 250 days' profit and loss</source>
        <translation>其债券、外汇和黄金头寸百日一遇的单日损失，依据最近250天的损益</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="92" />
        <source>What a bad day could cost it</source>
        <translation>糟糕的一天可能造成的损失</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="93" />
        <source>One-day expected shortfall (99%)</source>
        <translation>单日预期短缺（99%）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="94" />
        <source>The mean loss on the worst one day in a hundred, from the last 250 days</source>
        <translation>最近250天中最差的百分之一交易日的平均损失</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="95" />
        <source>How bad the bad days are, beyond the VaR</source>
        <translation>超出风险价值之后，坏日子究竟有多坏</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="96" />
        <source>One-day VaR (99%, EWMA volatility)</source>
        <translation>单日风险价值（99%，EWMA波动率）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="97" />
        <source>VaR with the volatility of recent days weighted most (lambda 0.94)</source>
        <translation>近期波动率权重最大的风险价值（lambda 0.94）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="98" />
        <source>Reacts faster when markets turn</source>
        <translation>市场转向时反应更快</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="99" />
        <source>VaR exceptions in 250 days</source>
        <translation>250天内风险价值突破次数</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="100" />
        <source>Days in the last 250 whose loss exceeded the day before's VaR</source>
        <translation>最近250天中损失超过前一日风险价值的天数</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="101" />
        <source>Basel traffic light: many exceptions mean its risk is underestimated</source>
        <translation>巴塞尔交通灯：突破次数多说明风险被低估</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="150" />
        <source>Why it matters:</source>
        <translation>监管关注点：</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="32" />
        <location filename="../../views/FeatureNames.cpp" line="33" />
        <location filename="../../views/FeatureNames.cpp" line="48" />
        <location filename="../../views/FeatureNames.cpp" line="50" />
        <location filename="../../views/FeatureNames.cpp" line="84" />
        <location filename="../../views/FeatureNames.cpp" line="99" />
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="49" />
        <source>Counterparty concentration (HHI)</source>
        <translation>交易对手集中度（HHI）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="49" />
        <location filename="../../views/FeatureNames.cpp" line="75" />
        <location filename="../../views/FeatureNames.cpp" line="76" />
        <location filename="../../views/FeatureNames.cpp" line="77" />
        <location filename="../../views/FeatureNames.cpp" line="87" />
        <source>0-1</source>
        <translation>0-1</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="38" />
        <source>Overnight funding share</source>
        <translation>隔夜融资占比</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="38" />
        <location filename="../../views/FeatureNames.cpp" line="39" />
        <location filename="../../views/FeatureNames.cpp" line="42" />
        <location filename="../../views/FeatureNames.cpp" line="43" />
        <location filename="../../views/FeatureNames.cpp" line="47" />
        <location filename="../../views/FeatureNames.cpp" line="51" />
        <location filename="../../views/FeatureNames.cpp" line="52" />
        <location filename="../../views/FeatureNames.cpp" line="53" />
        <location filename="../../views/FeatureNames.cpp" line="57" />
        <location filename="../../views/FeatureNames.cpp" line="59" />
        <location filename="../../views/FeatureNames.cpp" line="60" />
        <location filename="../../views/FeatureNames.cpp" line="73" />
        <location filename="../../views/FeatureNames.cpp" line="74" />
        <location filename="../../views/FeatureNames.cpp" line="79" />
        <location filename="../../views/FeatureNames.cpp" line="80" />
        <location filename="../../views/FeatureNames.cpp" line="81" />
        <location filename="../../views/FeatureNames.cpp" line="82" />
        <location filename="../../views/FeatureNames.cpp" line="83" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="44" />
        <source>Borrowing spread over fixing</source>
        <translation>融入利差（相对定盘利率）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="44" />
        <location filename="../../views/FeatureNames.cpp" line="45" />
        <source>bp</source>
        <translation>基点</translation>
    </message>
</context>
<context>
    <name>InstitutionType</name>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="18" />
        <source>Large state-owned bank</source>
        <translation>国有大型商业银行</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="19" />
        <source>Joint-stock bank</source>
        <translation>股份制商业银行</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="20" />
        <source>City commercial bank</source>
        <translation>城市商业银行</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="21" />
        <source>Rural commercial bank</source>
        <translation>农村商业银行</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="22" />
        <source>Foreign bank</source>
        <translation>外资银行</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="23" />
        <source>Securities firm</source>
        <translation>证券公司</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="24" />
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="25" />
        <source>Wealth management product</source>
        <translation>理财产品</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="26" />
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="27" />
        <source>Trust company</source>
        <translation>信托公司</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="28" />
        <source>Finance company</source>
        <translation>财务公司</translation>
    </message>
</context>
<context>
    <name>ModelSteps</name>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="16" />
        <source>simulating trading days</source>
        <translation>模拟交易日</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="17" />
        <source>indexing trades</source>
        <translation>建立成交索引</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="18" />
        <source>computing profiles</source>
        <translation>计算机构画像</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="19" />
        <source>laying out the exposure network</source>
        <translation>布局风险敞口网络</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="20" />
        <source>ranking institutions against their peers</source>
        <translation>与同业比较排名</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="21" />
        <source>ready</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>NetworkFeatures</name>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="37" />
        <source>Share of a random walk along the exposures, weighted by amount, that ends at it</source>
        <translation>沿敞口按金额加权随机游走时停留在该机构的概率</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="38" />
        <source>How central it is to the flow of funds: distress there reaches many</source>
        <translation>其在资金流动中的中心地位：此处的困境会波及众多机构</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="41" />
        <source>Share of the shortest exposure paths between other institutions that pass through it</source>
        <translation>其他机构之间的最短敞口路径中经过该机构的比例</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="42" />
        <source>A broker between others: its failure cuts channels of funding</source>
        <translation>居间者：其倒闭会切断融资渠道</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="45" />
        <source>Centrality from being exposed to institutions that are themselves central</source>
        <translation>因与本身处于中心的机构存在敞口而获得的中心性</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="46" />
        <source>Tied into the core of the market</source>
        <translation>与市场核心紧密相连</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="49" />
        <source>How much it lends to the institutions the market lends to most</source>
        <translation>其向市场主要借款方融出的程度</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="50" />
        <source>A lender whose losses would come from the core</source>
        <translation>其损失将来自市场核心的融出方</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="53" />
        <source>How much it borrows from the institutions that lend most</source>
        <translation>其从主要融出方融入的程度</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="54" />
        <source>Depends on the market's main lenders for its funding</source>
        <translation>融资依赖市场上的主要融出方</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="57" />
        <source>The deepest k-core it belongs to: k counterparties that each have at least k</source>
        <translation>所属的最深k核：有k个交易对手，且每个对手也至少有k个</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="58" />
        <source>The core is where contagion circulates</source>
        <translation>风险传染在核心层中循环</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="61" />
        <source>Share of the system's equity lost if it alone fails (linear DebtRank through the exposures)</source>
        <translation>仅该机构倒闭时系统损失的权益比例（沿敞口计算的线性DebtRank）</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="62" />
        <source>Systemic importance: too connected to fail</source>
        <translation>系统重要性：关联过多而不能倒</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="65" />
        <source>PageRank on the repo exposures alone</source>
        <translation>仅按回购敞口计算的 PageRank</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="66" />
        <source>How central it is to secured funding</source>
        <translation>在有担保融资中的中心程度</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="69" />
        <source>PageRank on the unsecured interbank lending exposures alone</source>
        <translation>仅按无担保同业拆借敞口计算的 PageRank</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="70" />
        <source>How central it is to unsecured funding, the first to dry up in stress</source>
        <translation>在无担保融资中的中心程度；压力下此类融资最先枯竭</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="73" />
        <source>PageRank on the exposures of bond holders to the institutions that issued the bonds alone</source>
        <translation>仅按债券持有人对发行机构的敞口计算的 PageRank</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="74" />
        <source>Losses that would travel through the bonds institutions hold of each other</source>
        <translation>损失可能经由机构相互持有的债券传导</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="77" />
        <source>PageRank on the FX swap exposures alone</source>
        <translation>仅按外汇掉期敞口计算的 PageRank</translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="78" />
        <source>How central it is to foreign-currency funding</source>
        <translation>在外币融资中的中心程度</translation>
    </message>
</context>
<context>
    <name>ProfileFeatures</name>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="47" />
        <source>Repo and interbank lending notional, lent plus borrowed</source>
        <translation>回购与同业拆借成交额，融出加融入</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="48" />
        <source>Size of its money-market footprint</source>
        <translation>其在货币市场中的体量</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="50" />
        <source>Bond cash notional, bought plus sold</source>
        <translation>现券买卖成交额，买入加卖出</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="51" />
        <source>Trading intensity in bonds</source>
        <translation>债券交易的活跃程度</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="53" />
        <source>FX spot and swap notional in CNY, bought plus sold</source>
        <translation>外汇即期与掉期成交额（折人民币），买入加卖出</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="54" />
        <source>Currency business, FX funding</source>
        <translation>外币业务与外汇融资</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="56" />
        <source>Gold notional, bought plus sold</source>
        <translation>黄金成交额，买入加卖出</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="57" />
        <source>Commodity exposure</source>
        <translation>商品风险敞口</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="59" />
        <source>Trades on either side</source>
        <translation>作为任一方的成交笔数</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="60" />
        <source>Bursts of activity</source>
        <translation>交易活动的突然爆发</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="62" />
        <source>Markets traded in (money, bond, FX, equity, gold)</source>
        <translation>参与交易的市场数（货币、债券、外汇、权益、黄金）</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="63" />
        <source>Breadth of business</source>
        <translation>业务的广度</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="65" />
        <source>Money-market cash borrowed</source>
        <translation>货币市场融入资金</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="66" />
        <source>Dependence on wholesale funding</source>
        <translation>对批发性融资的依赖</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="68" />
        <source>Money-market cash lent</source>
        <translation>货币市场融出资金</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="69" />
        <source>Role as liquidity provider</source>
        <translation>作为流动性提供方的角色</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="71" />
        <source>Money-market cash borrowed minus lent</source>
        <translation>货币市场融入减融出</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="72" />
        <source>Net taker or giver of liquidity</source>
        <translation>流动性的净需求方还是净供给方</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="74" />
        <source>Mean net borrowing over the last 20 business days</source>
        <translation>近20个工作日净融入的均值</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="75" />
        <source>Persistent funding need</source>
        <translation>持续的融资需求</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="77" />
        <source>Share of borrowing at overnight tenor</source>
        <translation>融入中隔夜期限的占比</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="78" />
        <source>Roll-over risk: must refinance tomorrow</source>
        <translation>滚动续借风险：明天就得再融资</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="80" />
        <source>Mean overnight share over the last 20 business days</source>
        <translation>近20个工作日隔夜融资占比的均值</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="81" />
        <source>Structural shortening of funding</source>
        <translation>融资期限结构性缩短</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="83" />
        <source>Notional-weighted tenor of borrowing</source>
        <translation>按金额加权的融入期限</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="84" />
        <source>Maturity of funding</source>
        <translation>融资的期限</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="86" />
        <source>Borrowing against its mean over the previous 20 business days</source>
        <translation>当日融入相对前20个工作日均值的倍数</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="87" />
        <source>Sudden need for cash</source>
        <translation>突发的资金需求</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="89" />
        <source>Net borrowing as a share of total assets</source>
        <translation>净融入占总资产的比例</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="90" />
        <source>Funding gap relative to size</source>
        <translation>相对于规模的资金缺口</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="92" />
        <source>Liquid assets over total assets</source>
        <translation>流动性资产占总资产的比例</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="93" />
        <source>Buffer against outflows</source>
        <translation>应对资金流出的缓冲</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="95" />
        <source>Borrowing rate over DR001 (overnight) or DR007 (longer)</source>
        <translation>融入利率相对DR001（隔夜）或DR007（更长期限）的利差</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="96" />
        <source>What the market charges it: credit standing</source>
        <translation>市场向其收取的价格：信用状况</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="98" />
        <source>Lending rate over DR001 (overnight) or DR007 (longer)</source>
        <translation>融出利率相对DR001（隔夜）或DR007（更长期限）的利差</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="99" />
        <source>Appetite for risky borrowers</source>
        <translation>对高风险借款人的偏好</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="101" />
        <source>Notional-weighted distance of its bond prices from the day's average price of each bond</source>
        <translation>其债券成交价格与各券当日均价的金额加权偏离</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="102" />
        <source>Pricing away from the market</source>
        <translation>偏离市场的定价</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="104" />
        <source>Share of its bond notional priced more than half a point from the day's average</source>
        <translation>成交价偏离当日均价超过半个价格点的债券成交占比</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="105" />
        <source>Parking, transfers of value</source>
        <translation>代持与利益输送</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="107" />
        <source>Distinct counterparties across all markets</source>
        <translation>各市场不同交易对手的数量</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="108" />
        <source>Connectedness</source>
        <translation>关联程度</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="110" />
        <source>Herfindahl index of notional by counterparty</source>
        <translation>按交易对手计算的成交额赫芬达尔指数</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="111" />
        <source>Concentration</source>
        <translation>集中度</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="113" />
        <source>Distinct institutions lending it cash</source>
        <translation>向其融出资金的机构数</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="114" />
        <source>Funding diversification</source>
        <translation>融资来源的分散程度</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="116" />
        <source>Share of its borrowing from its largest lender</source>
        <translation>最大融出方在其融入中的占比</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="117" />
        <source>Dependence on one counterparty</source>
        <translation>对单一交易对手的依赖</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="119" />
        <source>Share of notional with counterparties not seen in the previous 20 business days</source>
        <translation>与前20个工作日未出现过的交易对手的成交占比</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="120" />
        <source>Shopping around for funding, unusual flows</source>
        <translation>四处寻找资金、异常资金往来</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="122" />
        <source>Share of notional with related parties (ownership, control, same group)</source>
        <translation>与关联方（股权、控制、同一集团）的成交占比</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="123" />
        <source>Related-party transactions</source>
        <translation>关联交易</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="125" />
        <source>Total assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="126" />
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="128" />
        <source>Equity capital</source>
        <translation>所有者权益</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="129" />
        <source>Loss-absorbing capacity</source>
        <translation>吸收损失的能力</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="131" />
        <source>Total assets over equity</source>
        <translation>总资产除以所有者权益</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="132" />
        <source>Amplification of losses</source>
        <translation>对损失的放大</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="134" />
        <source>Share of notional traded after 16:45</source>
        <translation>16:45之后的成交额占比</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="135" />
        <source>Marking the close</source>
        <translation>尾盘操纵</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="137" />
        <source>Borrowing in a month's last three business days against its 20-day mean</source>
        <translation>月末最后三个工作日的融入相对其20日均值的倍数</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="138" />
        <source>Window dressing</source>
        <translation>窗口粉饰</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="140" />
        <source>Share of bond notional in bonds it both bought and sold that day</source>
        <translation>当日既买又卖的债券的成交占比</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="141" />
        <source>Wash and circular trades</source>
        <translation>对敲与循环交易</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="143" />
        <source>Bonds bought over bonds traded</source>
        <translation>债券买入占债券成交的比例</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="144" />
        <source>Direction of positioning</source>
        <translation>持仓方向</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="146" />
        <source>Bonds bought minus sold</source>
        <translation>债券买入减卖出</translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="147" />
        <source>Position build-up or fire sales</source>
        <translation>建仓或抛售</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/LearningController.cpp" line="34" />
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../app/LearningController.cpp" line="71" />
        <source>Window %1 days, horizon %2 days; %3 test institution-days (%4 positive) of %5 held-out institutions in the last %6% of days; lead: warning on the top %7% of test scores.</source>
        <translation>窗口 %1 天，预测期 %2 天；测试集为最后 %6% 交易日中 %5 家留出机构的 %3 个机构日（%4 个正例）；提前期：对测试得分最高的 %7% 发出预警。</translation>
    </message>
</context>
<context>
    <name>RiskEvents</name>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="12" />
        <source>Liquidity squeeze</source>
        <translation>流动性紧张</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="13" />
        <source>Failure</source>
        <translation>倒闭</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="14" />
        <source>Default</source>
        <translation>违约</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="15" />
        <source>Circular trading</source>
        <translation>循环交易</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="16" />
        <source>Bond parking</source>
        <translation>债券代持</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="17" />
        <source>Marking the close</source>
        <translation>尾盘操纵</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="18" />
        <source>Leverage build-up</source>
        <translation>杠杆累积</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="19" />
        <source>Forced deleveraging</source>
        <translation>被迫去杠杆</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="20" />
        <source>Loss of a major counterparty</source>
        <translation>失去主要交易对手</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="21" />
        <source>Loss from a counterparty's default</source>
        <translation>交易对手违约损失</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="22" />
        <source>Withdrawal of a major lender</source>
        <translation>主要融出方撤出</translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="31" />
        <source>Money laundering: %1</source>
        <translation>洗钱：%1</translation>
    </message>
</context>
<context>
    <name>RiskScores</name>
    <message>
        <location filename="../../models/RiskScores.cpp" line="23" />
        <source>Exposure to price moves: bond and FX positions built, leverage</source>
        <translation>价格波动敞口：债券与外汇头寸的积累、杠杆</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="24" />
        <source>Losses on what it holds when prices move</source>
        <translation>价格变动时所持头寸的损失</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="27" />
        <source>Exposure to counterparties failing: concentration, weak names, related parties</source>
        <translation>交易对手违约敞口：集中度、弱资质对手、关联方</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="28" />
        <source>Losses when its counterparties fail</source>
        <translation>交易对手违约时的损失</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="31" />
        <source>Reliance on short, expensive, concentrated funding</source>
        <translation>依赖期限短、成本高、来源集中的融资</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="32" />
        <source>Whether it can fund itself tomorrow</source>
        <translation>明天能否继续融到资金</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="36" />
        <source>Unusual activity: bursts of trades, late prints, new counterparties</source>
        <translation>异常活动：交易激增、尾盘成交、新交易对手</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="37" />
        <source>Errors, manipulation or strained systems</source>
        <translation>差错、操纵或不堪重负的系统</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="40" />
        <source>Signs of lost standing: fewer counterparties, window dressing</source>
        <translation>声誉受损迹象：交易对手减少、窗口粉饰</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="41" />
        <source>Lost standing shows in its trading before its balance sheet</source>
        <translation>声誉受损先体现在交易上，后体现在资产负债表上</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="44" />
        <source>Compliance red flags: off-market prices, round trips, related-party deals</source>
        <translation>合规警示：偏离市场价格、对敲、关联交易</translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="45" />
        <source>Breaches of market conduct</source>
        <translation>违反市场行为规范</translation>
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
    <name>SearchIndex</name>
    <message>
        <location filename="../../views/SearchIndex.cpp" line="33" />
        <source>Institution %1 — %2</source>
        <translation>机构 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../views/SearchIndex.cpp" line="40" />
        <source>Instrument %1 — %2</source>
        <translation>金融工具 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../views/SearchIndex.cpp" line="49" />
        <source>Alert %1 · %2 · %3 · %4</source>
        <translation>预警 %1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>eagle::AlertCommands</name>
    <message>
        <location filename="../../app/AlertCommands.cpp" line="13" />
        <source>%1 alert %2</source>
        <translation>预警 %2：%1</translation>
    </message>
    <message>
        <location filename="../../app/AlertCommands.cpp" line="28" />
        <source>note on alert %1</source>
        <translation>预警 %1 的备注</translation>
    </message>
</context>
<context>
    <name>eagle::AlertTableModel</name>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="98" />
        <source>%1 (v%2)</source>
        <translation>%1（第%2版）</translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="127" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="129" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="131" />
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="133" />
        <source>Until</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="135" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="137" />
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="139" />
        <source>Message</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>eagle::AlertsController</name>
    <message>
        <location filename="../../app/AlertsController.cpp" line="46" />
        <source>analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="60" />
        <source>Loading alerts</source>
        <translation>正在加载预警</translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="70" />
        <source>Rules run %1 of %2</source>
        <translation>规则运行 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="73" />
        <source>No rules run yet</source>
        <translation>尚未运行规则</translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="80" />
        <source>Running the rules of %1</source>
        <translation>正在运行 %1 中的规则</translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="85" />
        <source>Running the enabled rules</source>
        <translation>正在运行已启用的规则</translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="85" />
        <source>enabled rules</source>
        <translation>已启用的规则</translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="99" />
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="103" />
        <source>Replaying the market with the enabled rules</source>
        <translation>正在用已启用的规则回放市场</translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="120" />
        <source>Replay to %1</source>
        <translation>回放至 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/AlertsController.cpp" line="165" />
        <source>The rules have %n problem(s); nothing was run.
%1</source>
        <translation>
            <numerusform>规则有 %n 处问题，未运行。
%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="198" />
        <source>Loading the trades behind alert %1</source>
        <translation>正在加载预警 %1 背后的成交</translation>
    </message>
</context>
<context>
    <name>eagle::AlertsView</name>
    <message>
        <location filename="../../views/AlertsView.cpp" line="41" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="337" />
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="340" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="344" />
        <source>Institution code…</source>
        <translation>机构代码…</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="345" />
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="346" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="347" />
        <source>Note: why, what was found (goes with the next action)</source>
        <translation>备注：原因与发现（随下一步操作一并记录）</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="348" />
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="349" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="350" />
        <source>Evidence and history</source>
        <translation>证据与处理记录</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="351" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="351" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="351" />
        <source>Product</source>
        <translation>品种</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="351" />
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="351" />
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="352" />
        <source>Instrument</source>
        <translation>券种代码</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="352" />
        <source>Price / rate</source>
        <translation>价格 / 利率</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="352" />
        <source>Amount (CNY m)</source>
        <translation>金额（百万元）</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="324" />
        <source>Trades</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="208" />
        <source>Export alerts</source>
        <translation>导出预警</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="208" />
        <source>alerts.csv</source>
        <translation>预警.csv</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="208" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="234" />
        <location filename="../../views/AlertsView.cpp" line="343" />
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="304" />
        <source>lent</source>
        <translation>融出</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="304" />
        <source>borrowed</source>
        <translation>融入</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="304" />
        <source>bought</source>
        <translation>买入</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="304" />
        <source>sold</source>
        <translation>卖出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/AlertsView.cpp" line="306" />
        <source>%1% for %n day(s)</source>
        <translation>
            <numerusform>%1%，期限 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="327" />
        <source>Trades (%1 of %2)</source>
        <translation>成交（%1 / %2）</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="328" />
        <source>Trades (%1)</source>
        <translation>成交（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/AlertsView.cpp" line="415" />
        <source>%1 of %n alert(s)</source>
        <translation>
            <numerusform>%1 / %n 条预警</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="429" />
        <source>&lt;p&gt;Choose an alert to see its evidence and history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一条预警，查看其证据与处理记录。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="430" />
        <source>&lt;p&gt;No alerts. Run rules from the &lt;b&gt;Rules&lt;/b&gt; menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;暂无预警。请从&lt;b&gt;规则&lt;/b&gt;菜单运行规则。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="440" />
        <source>Evidence on %1 (rule %2, version %3)</source>
        <translation>%1 的证据（规则 %2，第 %3 版）</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="444" />
        <source>the rule's value</source>
        <translation>规则取值</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="450" />
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="455" />
        <source>moved it from %1 to %2</source>
        <translation>将状态由“%1”改为“%2”</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="458" />
        <source>noted</source>
        <translation>添加了备注</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="461" />
        <source>undid a move, back to %1</source>
        <translation>撤销了状态变更，恢复为“%1”</translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="461" />
        <source>withdrew a note</source>
        <translation>撤回了一条备注</translation>
    </message>
</context>
<context>
    <name>eagle::AuditLogDialog</name>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="15" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="16" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="17" />
        <source>Stress test</source>
        <translation>压力测试</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="18" />
        <source>Rule saved</source>
        <translation>规则已保存</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="19" />
        <source>Rule switched on</source>
        <translation>规则已启用</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="20" />
        <source>Rule switched off</source>
        <translation>规则已停用</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="21" />
        <source>Rule version removed</source>
        <translation>规则版本已删除</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="22" />
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="23" />
        <source>Encryption removed</source>
        <translation>已解除加密</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="24" />
        <source>Passphrase changed</source>
        <translation>已更改口令</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="33" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="34" />
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="34" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="34" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="34" />
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="34" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="57" />
        <source>The log was altered outside EagleEye: entry %1 does not match its hash (changed, or an entry before it removed).</source>
        <translation>日志在鹰眼之外被改动：第 %1 条与其哈希不符（被修改，或其之前的条目被删除）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/AuditLogDialog.cpp" line="62" />
        <source>%n entry(s); the hash chain is intact.</source>
        <translation>
            <numerusform>共 %n 条；哈希链完整。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eagle::BriefingReport</name>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="102" />
        <source>EagleEye briefing · market data %1 · as of %2</source>
        <translation>鹰眼简报 · 市场数据 %1 · 截至 %2</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="104" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="168" />
        <source>Briefing report</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="174" />
        <source>How this report was made, so that it can be reproduced:</source>
        <translation>本简报的生成方式（据此可复现）：</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="177" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="178" />
        <source>#%1, finished %2; parameters: %3</source>
        <translation>#%1，完成于 %2；参数：%3</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="180" />
        <source>defaults</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="185" />
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="186" />
        <source>Market data hash</source>
        <translation>市场数据哈希</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="186" />
        <source>%1 (FNV-1a 64 over every market-data table)</source>
        <translation>%1（对全部市场数据表计算的 FNV-1a 64 哈希）</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="187" />
        <source>Schema version</source>
        <translation>模式版本</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="188" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="188" />
        <source>%1; recent window %2 to %3</source>
        <translation>%1；近期窗口 %2 至 %3</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="190" />
        <source>Profile run</source>
        <translation>画像运行</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="191" />
        <source>Rule run</source>
        <translation>规则运行</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="191" />
        <source>none: no rules have been run on this workspace</source>
        <translation>无：此工作区尚未运行规则</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="192" />
        <source>Stress test</source>
        <translation>压力测试</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="192" />
        <source>%1; each institution fails alone; exposures outstanding on %2</source>
        <translation>%1；每家机构单独违约；采用 %2 的未到期风险暴露</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="194" />
        <source>Key series</source>
        <translation>关键序列</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="195" />
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="195" />
        <source>%1 by EagleEye %2</source>
        <translation>%1，由鹰眼 %2 生成</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="199" />
        <source>To reproduce</source>
        <translation>复现方法</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="201" />
        <source>Rules (newest versions)</source>
        <translation>规则（最新版本）</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="203" />
        <source>No rules are stored in this workspace.</source>
        <translation>此工作区没有保存规则。</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="211" />
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="211" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="215" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="215" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="215" />
        <location filename="../../app/BriefingReport.cpp" line="393" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="215" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="215" />
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/BriefingReport.cpp" line="217" />
        <location filename="../../app/BriefingReport.cpp" line="395" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="222" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="227" />
        <source>profile against peers</source>
        <translation>同类对比画像</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="229" />
        <source>Type (peer group)</source>
        <translation>类型（同类组）</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="230" />
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="230" />
        <source>unrated</source>
        <translation>无评级</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="231" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="231" />
        <location filename="../../app/BriefingReport.cpp" line="244" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="232" />
        <source>Total assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="232" />
        <location filename="../../app/BriefingReport.cpp" line="233" />
        <source>%1 CNY bn</source>
        <translation>%1 十亿元</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="233" />
        <source>Capital</source>
        <translation>资本</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="234" />
        <source>Risk profile, %1 to %2</source>
        <translation>风险画像，%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="248" />
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="248" />
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="248" />
        <source>Peers</source>
        <translation>同类</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="250" />
        <source>Scores are 0–100 against institutions of the same type, averaged over the window; the peers' column is their median. docs/features.md says what drives each score.</source>
        <translation>评分为相对同类型机构的 0–100 分，取窗口期平均；“同类”列为其中位数。各评分的驱动因素见 docs/features.md。</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="257" />
        <source>key series</source>
        <translation>关键序列</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="267" />
        <source>No profile series in this workspace.</source>
        <translation>此工作区没有画像序列。</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="328" />
        <source>lends to %1</source>
        <translation>向 %1 融出</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="329" />
        <source>borrows from %1</source>
        <translation>向 %1 融入</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="331" />
        <source>No money-market counterparties in the window</source>
        <translation>窗口期内无货币市场交易对手</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="336" />
        <source>network, stress test and alerts</source>
        <translation>网络、压力测试与预警</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="337" />
        <source>Money-market neighbourhood, %1 to %2</source>
        <translation>货币市场关联网络，%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="346" />
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="346" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="346" />
        <source>Lends to it</source>
        <translation>向其融出</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="346" />
        <source>Borrows from it</source>
        <translation>自其融入</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="348" />
        <source>CNY bn over the window; largest first</source>
        <translation>窗口期内金额（十亿元），从大到小</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="351" />
        <source>Stress test: %1 fails</source>
        <translation>压力测试：%1 违约</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="353" />
        <source>%1 has no exposures on %2: nothing to propagate.</source>
        <translation>%1 在 %2 没有风险暴露：无可传导。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/BriefingReport.cpp" line="358" />
        <source>DebtRank on the exposures of %1: contagion loss %2 CNY bn (shock %3 CNY bn), %n default(s) besides it, DebtRank %4, %5 round(s).</source>
        <translation>
            <numerusform>基于 %1 风险暴露的 DebtRank：传染损失 %2 十亿元（冲击 %3 十亿元），另有 %n 家违约，DebtRank %4，共 %5 轮。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="370" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="373" />
        <source>No other institution loses equity.</source>
        <translation>没有其他机构损失资本。</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="376" />
        <source>Hit</source>
        <translation>受影响机构</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="376" />
        <source>Distress</source>
        <translation>困境程度</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="376" />
        <source>Loss, CNY bn</source>
        <translation>损失（十亿元）</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="376" />
        <source>Defaults</source>
        <translation>违约</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="379" />
        <source>Alerts (newest rule run)</source>
        <translation>预警（最近一次规则运行）</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="381" />
        <source>No alerts.</source>
        <translation>无预警。</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="381" />
        <source>No rules have been run.</source>
        <translation>尚未运行规则。</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="393" />
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="393" />
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="393" />
        <source>Status</source>
        <translation>处理状态</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="393" />
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="452" />
        <source>EagleEye briefing: %1</source>
        <translation>鹰眼简报：%1</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="457" />
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>eagle::BriefingReportDialog</name>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="25" />
        <source>Briefing report</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="26" />
        <source>Search by code or name</source>
        <translation>按代码或名称搜索</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="41" />
        <source>As of %1. The report is written in the language of the user interface.</source>
        <translation>截至 %1。简报使用当前界面语言。</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="43" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="48" />
        <source>Write report</source>
        <translation>生成简报</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="50" />
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="52" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="89" />
        <source>Write the report to</source>
        <translation>简报保存到</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="89" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="96" />
        <source>Tick at least one institution.</source>
        <translation>请至少勾选一家机构。</translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="102" />
        <source>Gathering the briefing…</source>
        <translation>正在汇集简报数据…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/BriefingReportDialog.cpp" line="105" />
        <source>Briefing report on %n institution(s)</source>
        <translation>
            <numerusform>%n 家机构的简报</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eagle::ChartExporter</name>
    <message>
        <location filename="../../views/ChartExporter.cpp" line="88" />
        <source>This view has no chart; export its data as CSV.</source>
        <translation>此视图没有图表，请导出为 CSV 数据。</translation>
    </message>
    <message>
        <location filename="../../views/ChartExporter.cpp" line="90" />
        <source>The chart has no size.</source>
        <translation>图表没有尺寸。</translation>
    </message>
    <message>
        <location filename="../../views/ChartExporter.cpp" line="94" />
        <location filename="../../views/ChartExporter.cpp" line="106" />
        <location filename="../../views/ChartExporter.cpp" line="118" />
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>eagle::ClusterScatterView</name>
    <message>
        <source>No strategy clusters yet</source>
        <translation type="vanished">尚无策略聚类</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="68" />
        <source>No strategy clusters yet: run Analysis ▸ Cluster and train</source>
        <translation>尚无策略聚类：请运行“分析 ▸ 聚类并训练”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ClusterScatterView.cpp" line="80" />
        <source>%1 · %2 (%n)</source>
        <translation>
            <numerusform>%1 · %2（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="130" />
        <source>PC1 (%1% of variance)</source>
        <translation>第一主成分（方差的 %1%）</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="131" />
        <source>PC2 (%1% of variance)</source>
        <translation>第二主成分（方差的 %1%）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ClusterScatterView.cpp" line="132" />
        <source>Strategy clusters, %1 — %n institution(s), silhouette %2</source>
        <translation>
            <numerusform>策略聚类，%1 — %n 家机构，轮廓系数 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="196" />
        <source>Strategy map</source>
        <translation>策略图</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="201" />
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="201" />
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="201" />
        <source>Cluster name</source>
        <translation>聚类名称</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="201" />
        <source>PC1</source>
        <translation>PC1</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="201" />
        <source>PC2</source>
        <translation>PC2</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="202" />
        <source>Distance to its centre</source>
        <translation>到聚类中心的距离</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="202" />
        <source>Moved cluster</source>
        <translation>是否迁移聚类</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="212" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="212" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>eagle::ClusterSummaryView</name>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="35" />
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="35" />
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="35" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="35" />
        <source>Centroid profile (σ from market)</source>
        <translation>质心画像（相对市场的标准差）</translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="42" />
        <source>No strategy clusters in this workspace yet.</source>
        <translation>此工作区尚无策略聚类。</translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="47" />
        <source>k=%1: %2</source>
        <translation>k=%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ClusterSummaryView.cpp" line="48" />
        <source>%n cluster(s), mean silhouette %1 (%2)</source>
        <translation>
            <numerusform>%n 个聚类，平均轮廓系数 %1（%2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eagle::DashboardView</name>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108" />
        <location filename="../../views/DashboardView.cpp" line="248" />
        <location filename="../../views/DashboardView.cpp" line="271" />
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108" />
        <source>Risk type</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108" />
        <source>Before</source>
        <translation>此前</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108" />
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108" />
        <source>Rise</source>
        <translation>升幅</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="109" />
        <source>CNY bn</source>
        <translation>十亿元</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="289" />
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Notional, CNY bn</source>
        <translation type="vanished">成交金额（十亿元）</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="110" />
        <source>Rate, %</source>
        <translation>利率（%）</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="133" />
        <source>Market activity</source>
        <translation>市场交易量</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/DashboardView.cpp" line="135" />
        <source>Traded notional per market and day (CNY bn), the last %n trading day(s) up to the as-of day. Click a day to move the time cursor there.</source>
        <translation>
            <numerusform>截至所选日期最近 %n 个交易日各市场每日成交金额（十亿元）。点击某日可将时间游标移到该日。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="140" />
        <source>Money-market rates and the policy corridor</source>
        <translation>货币市场利率与利率走廊</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="142" />
        <source>Repo fixings against the central bank's corridor: the floor (excess-reserve rate), the 7-day policy rate and the ceiling (standing lending facility). Rates pressing on the ceiling mean tight liquidity. Click a day to move the time cursor there.</source>
        <translation>回购定盘利率与央行利率走廊：下限（超额准备金利率）、7天政策利率和上限（常备借贷便利）。利率逼近上限意味着流动性偏紧。点击某日可将时间游标移到该日。</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="148" />
        <source>Open alerts</source>
        <translation>未结预警</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="150" />
        <source>Alerts of the current rules run not yet closed, up to the as-of day. Click a severity to filter the alerts list, an alert to open it.</source>
        <translation>当前规则运行中截至所选日期尚未关闭的预警。点击级别可筛选预警列表，点击预警可打开它。</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="154" />
        <source>Largest risers in risk score</source>
        <translation>风险评分上升最多</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="156" />
        <source>Institutions whose risk score rose most: the mean over the last 20 trading days against the 20 before, for the risk type that rose most. Click one to open its profile.</source>
        <translation>风险评分上升最多的机构：最近 20 个交易日的均值与此前 20 个交易日相比，取上升最多的风险类型。点击可打开其画像。</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="161" />
        <source>Riskiest institutions</source>
        <translation>风险最高的机构</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="163" />
        <source>The institutions with the highest risk score of any type over the last 20 trading days, by risk type (0 low to 100 high against peers). Click a cell to open the institution.</source>
        <translation>最近 20 个交易日任一类型风险评分最高的机构，按风险类型列示（相对同业 0 为低、100 为高）。点击单元格可打开该机构。</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="168" />
        <source>Exposure network</source>
        <translation>敞口网络</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="170" />
        <source>The money-market lending network over the last 20 trading days: its size and the institutions with the most lending and borrowing.</source>
        <translation>最近 20 个交易日的货币市场借贷网络：规模以及拆借量最大的机构。</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="248" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="248" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="248" />
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="267" />
        <source>Open the network</source>
        <translation>打开网络图</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="271" />
        <source>Lent + borrowed, CNY bn</source>
        <translation>拆出 + 拆入（十亿元）</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="291" />
        <source>No trading days in this workspace</source>
        <translation>本工作区没有交易日</translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="292" />
        <source>Market as of %1</source>
        <translation>截至 %1 的市场</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/DashboardView.cpp" line="512" />
        <source>%n institution(s) lending or borrowing</source>
        <translation>
            <numerusform>%n 家机构参与拆借</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/DashboardView.cpp" line="514" />
        <source>%n lending relation(s)</source>
        <translation>
            <numerusform>%n 条借贷关系</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="515" />
        <source>CNY %1 bn lent in the window</source>
        <translation>窗口内拆出资金 %1 十亿元</translation>
    </message>
</context>
<context>
    <name>eagle::EvaluationTableView</name>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="37" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="37" />
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="37" />
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="37" />
        <source>Precision@%1</source>
        <translation>前 %1 精确率</translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="38" />
        <source>Median lead (days)</source>
        <translation>提前期中位数（天）</translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="38" />
        <source>Events warned</source>
        <translation>已预警事件</translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="38" />
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="41" />
        <source>No early-warning model trained yet.</source>
        <translation>尚未训练预警模型。</translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="59" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="82" />
        <source>Model evaluation</source>
        <translation>模型评估</translation>
    </message>
</context>
<context>
    <name>eagle::ExportAudit</name>
    <message>
        <location filename="../../app/ExportAudit.cpp" line="14" />
        <source>Recording the export of %1 in the audit log</source>
        <translation>将 %1 的导出记入审计日志</translation>
    </message>
</context>
<context>
    <name>eagle::ExportDialog</name>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="21" />
        <source>Start with a UTF-8 byte order mark (for spreadsheet programs)</source>
        <translation>以 UTF-8 字节顺序标记开头（便于电子表格软件打开）</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="22" />
        <source>Export a table to CSV</source>
        <translation>导出数据表为 CSV</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="28" />
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="29" />
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="30" />
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="32" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="36" />
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="37" />
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="47" />
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="48" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="57" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="59" />
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
</context>
<context>
    <name>eagle::ExportViewDialog</name>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="35" />
        <source>Start with a UTF-8 byte order mark (for spreadsheet programs)</source>
        <translation>以 UTF-8 字节顺序标记开头（便于电子表格软件打开）</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="37" />
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="39" />
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="40" />
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="41" />
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="42" />
        <source>CSV data (what the view shows)</source>
        <translation>CSV 数据（视图所示内容）</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="45" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="49" />
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="52" />
        <source>As on screen</source>
        <translation>与屏幕相同</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="58" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="63" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="65" />
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="66" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="67" />
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="68" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="70" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="149" />
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="154" />
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="156" />
        <source>(the network is drawn as pixels and embedded as a picture)</source>
        <translation>（网络图以像素绘制，作为图片嵌入）</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="159" />
        <source>The data the view shows, one row per line, UTF-8.</source>
        <translation>视图所示数据，每行一条，UTF-8 编码。</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="168" />
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="169" />
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="177" />
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>eagle::HeatmapView</name>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="157" />
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="158" />
        <source>Colour by sign(x)·log(1+|x|), for heavy-tailed features</source>
        <translation>按 sign(x)·log(1+|x|) 着色，适用于厚尾指标</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="156" />
        <source>Feature:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="220" />
        <source>No data loaded</source>
        <translation>尚未加载数据</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="143" />
        <source>Loading %1…</source>
        <translation>正在加载%1…</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="267" />
        <source>, log scale</source>
        <translation>，对数刻度</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="269" />
        <source>%1 — %2 institutions, %3 to %4</source>
        <translation>%1 — %2 家机构，%3 至 %4</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="360" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="396" />
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="396" />
        <source>Heatmap %1</source>
        <translation>热力图 %1</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="403" />
        <source>Institution</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>eagle::HelpWindow</name>
    <message>
        <location filename="../../app/HelpWindow.cpp" line="20" />
        <source>EagleEye help</source>
        <translation>鹰眼帮助</translation>
    </message>
</context>
<context>
    <name>eagle::ImportHistoryDialog</name>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28" />
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28" />
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28" />
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="29" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="29" />
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="29" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="30" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="30" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="30" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="30" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="31" />
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="41" />
        <source>accept valid</source>
        <translation>接受有效行</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="41" />
        <source>all or nothing</source>
        <translation>全部或全不</translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="52" />
        <source>Quarantined rows of the selected import (File → Export… the table 'quarantine' to fix and re-import them):</source>
        <translation>所选导入的隔离行（文件 → 导出… 数据表 "quarantine"，修正后重新导入）：</translation>
    </message>
</context>
<context>
    <name>eagle::ImportWizard</name>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="37" />
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="56" />
        <source>Files and how to read them</source>
        <translation>文件及读取方式</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="58" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="62" />
        <source>trades (FIX/IMIX messages)</source>
        <translation>成交（FIX/IMIX 报文）</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="113" />
        <source>The first rows of the first file, as they will be read. Choose in the first row which column of the file feeds each field.</source>
        <translation>第一个文件的前几行，按导入时的读法显示。在第一行为每个字段选择文件中的来源列。</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="119" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="121" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="271" />
        <source>(columns by name)</source>
        <translation>（按列名）</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="70" />
        <location filename="../../app/ImportWizard.cpp" line="129" />
        <source>Save mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="71" />
        <source>Save the mapping in the workspace under a name, to choose it again later</source>
        <translation>将映射以名称保存在工作区中，以便日后再次选用</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="73" />
        <source>Save to file…</source>
        <translation>保存到文件…</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="76" />
        <location filename="../../app/ImportWizard.cpp" line="83" />
        <source>detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="84" />
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="85" />
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="86" />
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="87" />
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="92" />
        <source>Keep the valid rows and quarantine the others (otherwise all or nothing)</source>
        <translation>保留有效行并隔离其余行（否则全部或全不导入）</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="98" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="99" />
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="100" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="101" />
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="112" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows of the first file, as they will be read.</source>
        <translation type="vanished">第一个文件的前几行，按将要读取的方式显示。</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="144" />
        <source>Validate and import</source>
        <translation>校验并导入</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="147" />
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="148" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="149" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="170" />
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="171" />
        <source>CSV and FIX files (*.csv *.txt *.tsv *.fix *.log);;All files (*)</source>
        <translation>CSV 和 FIX 文件 (*.csv *.txt *.tsv *.fix *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="204" />
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="213" />
        <source>Read as %1.</source>
        <translation>按 %1 读取。</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="217" />
        <source>Column</source>
        <translation>来源列</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="243" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="244" />
        <source>automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="304" />
        <source>Find the columns by name</source>
        <translation>按名称查找列</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="304" />
        <source>Use mapping %1</source>
        <translation>使用映射 %1</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="310" />
        <source>A saved mapping needs a name.</source>
        <translation>保存的映射需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="313" />
        <source>'%1' is the name of a mapping shipped with EagleEye; choose another.</source>
        <translation>“%1”是鹰眼自带映射的名称，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="330" />
        <location filename="../../app/ImportWizard.cpp" line="335" />
        <location filename="../../app/ImportWizard.cpp" line="339" />
        <location filename="../../app/ImportWizard.cpp" line="346" />
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="331" />
        <source>Name (the mapping list and eagleeye-cli import --mapping find it by this name):</source>
        <translation>名称（映射列表和 eagleeye-cli import --mapping 按此名称查找）：</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="339" />
        <source>Mappings (*.json)</source>
        <translation>映射 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="365" />
        <source>Validating…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="365" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="375" />
        <source>Validating files</source>
        <translation>正在校验文件</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="375" />
        <source>Importing files</source>
        <translation>正在导入文件</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="397" />
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="401" />
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="414" />
        <source>… and %1 more problems</source>
        <translation>… 另有 %1 个问题</translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="417" />
        <source>Validation only: nothing was kept.</source>
        <translation>仅校验：未保留任何数据。</translation>
    </message>
</context>
<context>
    <name>eagle::InstitutionListView</name>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="99" />
        <source>Search code or name…</source>
        <translation>搜索代码或名称…</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="100" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="207" />
        <source>%1 institutions</source>
        <translation>%1 家机构</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="208" />
        <source>Showing %1 of %2 institutions</source>
        <translation>显示 %1 / %2 家机构</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="216" />
        <source>Institutions</source>
        <translation>机构</translation>
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
        <location filename="../../views/InstitutionTableModel.cpp" line="117" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="119" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="121" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="121" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="123" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="125" />
        <source>Total assets (CNY bn)</source>
        <translation>总资产（十亿元）</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="127" />
        <source>Rating</source>
        <translation>评级</translation>
    </message>
</context>
<context>
    <name>eagle::JobStatusBar</name>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="35" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="36" />
        <source>Cancel the running background work</source>
        <translation>取消正在运行的后台任务</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="47" />
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="50" />
        <source>%1 cancelled</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="56" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>eagle::LearningController</name>
    <message>
        <location filename="../../app/LearningController.cpp" line="94" />
        <source>Clustering and training the early-warning model</source>
        <translation>正在聚类并训练预警模型</translation>
    </message>
    <message>
        <location filename="../../app/LearningController.cpp" line="107" />
        <source>Loading strategy clusters and early warnings</source>
        <translation>正在加载策略聚类和预警结果</translation>
    </message>
</context>
<context>
    <name>eagle::LearningOptionsDialog</name>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="37" />
        <source>Cluster and train</source>
        <translation>聚类与训练</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="51" />
        <location filename="../../app/LearningOptionsDialog.cpp" line="70" />
        <location filename="../../app/LearningOptionsDialog.cpp" line="71" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="53" />
        <source>The same seed and data give the same clusters and the same model</source>
        <translation>相同的随机种子和数据得到相同的聚类和相同的模型</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="58" />
        <source>Strategy clusters</source>
        <translation>策略聚类</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="60" />
        <source>Mean profile from</source>
        <translation>平均画像起始日</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="61" />
        <source>to</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="62" />
        <source>Fewest clusters</source>
        <translation>最少类别数</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="63" />
        <source>Most clusters</source>
        <translation>最多类别数</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="64" />
        <source>Flag moves between clusters over</source>
        <translation>类别迁移检测窗口</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="65" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="67" />
        <source>Train the early-warning model (GRU) too</source>
        <translation>同时训练预警模型（GRU）</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="73" />
        <source>Distress: failure, default, forced deleveraging, counterparty loss</source>
        <translation>困境事件：倒闭、违约、被迫去杠杆、交易对手损失</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="74" />
        <source>Every recorded risk event</source>
        <translation>所有已记录的风险事件</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="83" />
        <source>Days of features the model reads before the day it scores</source>
        <translation>模型在评分日之前读取的特征天数</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="84" />
        <source>A day counts as a warning case when an event starts within this many days after it</source>
        <translation>若事件在此天数内开始，则该日计为预警样本</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="85" />
        <source>At most; training stops earlier when the validation AUC stops improving</source>
        <translation>最多轮数；验证集AUC不再提升时提前停止</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="87" />
        <source>Early warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="90" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="91" />
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="92" />
        <source>Events to warn of</source>
        <translation>预警的事件</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="93" />
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="94" />
        <source>Hidden units per layer</source>
        <translation>每层隐藏单元数</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="95" />
        <source>Stacked GRU layers</source>
        <translation>GRU堆叠层数</translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="98" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>eagle::LearningView</name>
    <message>
        <location filename="../../views/LearningView.cpp" line="35" />
        <source>Cluster and train</source>
        <translation>聚类并训练</translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="36" />
        <source>Group the institutions by strategy and train the early-warning model in the background</source>
        <translation>在后台按交易策略对机构聚类并训练预警模型</translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="37" />
        <source>Strategy map</source>
        <translation>策略图</translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="38" />
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="39" />
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="40" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="41" />
        <source>Export the chart on this tab as PNG, SVG or PDF at a chosen size and resolution, or its data as CSV</source>
        <translation>将本页的图表按所选尺寸和分辨率导出为 PNG、SVG 或 PDF，或将其数据导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="69" />
        <source>Training history: best epoch %1 of %2</source>
        <translation>训练历史：最佳轮次 %1 / %2</translation>
    </message>
</context>
<context>
    <name>eagle::MainWindow</name>
    <message>
        <location filename="../../app/MainWindow.cpp" line="501" />
        <source>EagleEye — Market Supervision Workstation</source>
        <translation>鹰眼 — 金融市场监管工作站</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="129" />
        <source>Time cursor</source>
        <translation>时间游标</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="247" />
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="248" />
        <source>Profile vs peers</source>
        <translation>画像与同业对比</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="249" />
        <source>Time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="250" />
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="251" />
        <source>Profile</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="252" />
        <source>Trades</source>
        <translation>成交明细</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="253" />
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="256" />
        <source>Stress test</source>
        <translation>压力测试</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="120" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="125" />
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="122" />
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="123" />
        <source>EagleEye workspaces (*.eagle)</source>
        <translation>鹰眼工作区 (*.eagle)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="130" />
        <source>&amp;New workspace from simulation…</source>
        <translation>从模拟新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="236" />
        <location filename="../../app/MainWindowMenus.cpp" line="167" />
        <location filename="../../app/MainWindowMenus.cpp" line="331" />
        <source>No workspace</source>
        <translation>没有工作区</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="123" />
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="124" />
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="134" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="236" />
        <location filename="../../app/MainWindowMenus.cpp" line="167" />
        <location filename="../../app/MainWindowMenus.cpp" line="331" />
        <source>Open or create a workspace first.</source>
        <translation>请先打开或新建工作区。</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="254" />
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="255" />
        <source>Rule editor</source>
        <translation>规则编辑器</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="257" />
        <source>Strategies and early warning</source>
        <translation>策略与预警</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="127" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="156" />
        <source>No recent workspaces</source>
        <translation>没有最近的工作区</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="158" />
        <source>&amp;Clear the list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="178" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="186" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindowMenus.cpp" line="183" />
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="99" />
        <source>Exposure network</source>
        <translation>风险暴露网络</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="115" />
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="187" />
        <source>Export &amp;view…</source>
        <translation>导出视图(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="197" />
        <source>&amp;Briefing report…</source>
        <translation>简报(&amp;B)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindowMenus.cpp" line="194" />
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="202" />
        <source>Import &amp;history…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="207" />
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="138" />
        <source>Rewrote %1</source>
        <translation>已重写 %1</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="144" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="145" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="212" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="216" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="218" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="226" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="229" />
        <source>&amp;Reset layout</source>
        <translation>恢复默认布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="230" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="233" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="234" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="246" />
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="247" />
        <source>&amp;Cluster and train early warning</source>
        <translation>聚类并训练预警模型(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="251" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="252" />
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="254" />
        <source>The &amp;features and scores</source>
        <translation>特征与评分(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="255" />
        <source>The &amp;rule language</source>
        <translation>规则语言(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="264" />
        <source>&amp;About EagleEye</source>
        <translation>关于鹰眼(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="258" />
        <source>About EagleEye</source>
        <translation>关于鹰眼</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="259" />
        <source>&lt;h3&gt;EagleEye 鹰眼 %1&lt;/h3&gt;&lt;p&gt;A visual-analytics workstation for financial-market supervisors: institution profiles, exposure networks, supervisors' own risk rules and early warning.&lt;/p&gt;&lt;p&gt;Built with Qt %2, VTK, QCustomPlot, Eigen, igraph and SQLite. Works offline; the workspace file holds all data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;鹰眼 EagleEye %1&lt;/h3&gt;&lt;p&gt;面向金融市场监管人员的可视化分析工作站：机构画像、敞口网络、监管人员自定义风险规则与早期预警。&lt;/p&gt;&lt;p&gt;基于 Qt %2、VTK、QCustomPlot、Eigen、igraph 和 SQLite 构建。可离线工作；全部数据保存在工作区文件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="269" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="270" />
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="272" />
        <source>Back to the institution and day shown before (Alt+Left)</source>
        <translation>回到之前查看的机构和日期（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="273" />
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="275" />
        <source>Forward again (Alt+Right)</source>
        <translation>再次前进（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="286" />
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="288" />
        <source>&amp;Dashboard</source>
        <translation>总览(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="290" />
        <source>&amp;Network</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="297" />
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="304" />
        <source>&amp;Add bookmark…</source>
        <translation>添加书签(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="310" />
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="310" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="323" />
        <source>&amp;Remove this workspace's bookmarks</source>
        <translation>删除本工作区的书签(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="285" />
        <source>Bookmarked %1</source>
        <translation>已添加书签 %1</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="295" />
        <source>No institution with code %1 in this workspace</source>
        <translation>本工作区中没有代码为 %1 的机构</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="327" />
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="336" />
        <source>&amp;Edit rules…</source>
        <translation>编辑规则(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="346" />
        <source>Open a rule file in the &amp;editor…</source>
        <translation>在编辑器中打开规则文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="338" />
        <source>Open rules</source>
        <translation>打开规则</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="339" />
        <location filename="../../app/MainWindowMenus.cpp" line="354" />
        <source>Rule files (*.rules);;All files (*)</source>
        <translation>规则文件 (*.rules);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="351" />
        <source>Run the &amp;enabled rules</source>
        <translation>运行已启用的规则(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="358" />
        <source>&amp;Run a rule file…</source>
        <translation>运行规则文件(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="353" />
        <source>Run rules</source>
        <translation>运行规则</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="360" />
        <source>Re&amp;play the market with the enabled rules</source>
        <translation>用已启用的规则回放市场(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="361" />
        <source>Day by day (one day a second)</source>
        <translation>逐日（每秒一天）</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="362" />
        <source>Brisk (four days a second)</source>
        <translation>较快（每秒四天）</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="363" />
        <source>Fast (25 days a second)</source>
        <translation>快速（每秒 25 天）</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="364" />
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="370" />
        <source>Re&amp;load alerts</source>
        <translation>重新加载预警(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="379" />
        <source>Replay done: %n alert(s), none stored (Rules → Reload alerts shows the stored ones)</source>
        <translation>
            <numerusform>回放完成：%n 条预警，均未保存（规则 → 重新加载预警 可显示已保存的预警）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="384" />
        <source>Exported %n alert(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 条预警到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="389" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&lt;b&gt;EagleEye&lt;/b&gt; — a visual-analytics workstation for financial-market supervisors: institution profiles, exposure networks and early warning.</source>
        <translation type="vanished">&lt;b&gt;鹰眼&lt;/b&gt; — 面向金融市场监管人员的可视分析工作站：机构画像、风险敞口网络与早期预警。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="428" />
        <source>Simulating a market of %n institution(s)</source>
        <translation>
            <numerusform>正在模拟 %n 家机构的市场</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="448" />
        <source>Creating the demo market</source>
        <translation>正在生成演示市场</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="467" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="503" />
        <source>EagleEye — %1</source>
        <translation>鹰眼 — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="504" />
        <source>%n institution(s), %1 to %2</source>
        <translation>
            <numerusform>%n 家机构，%1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="570" />
        <source>No institution with code %1</source>
        <translation>没有代码为 %1 的机构</translation>
    </message>
</context>
<context>
    <name>eagle::MappingDocument</name>
    <message>
        <location filename="../../app/MappingDocument.cpp" line="20" />
        <source>Find %1 by name</source>
        <translation>按名称查找 %1</translation>
    </message>
    <message>
        <location filename="../../app/MappingDocument.cpp" line="21" />
        <source>Map %1 to column %2</source>
        <translation>将 %1 映射到列 %2</translation>
    </message>
    <message>
        <location filename="../../app/MappingDocument.cpp" line="29" />
        <source>Change the encoding</source>
        <translation>更改编码</translation>
    </message>
    <message>
        <location filename="../../app/MappingDocument.cpp" line="35" />
        <source>Change the delimiter</source>
        <translation>更改分隔符</translation>
    </message>
</context>
<context>
    <name>eagle::NetworkControls</name>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="20" />
        <source>Repo</source>
        <translation>回购</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="22" />
        <source>Interbank</source>
        <translation>同业拆借</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="24" />
        <source>Bonds</source>
        <translation>债券</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="26" />
        <source>FX swaps</source>
        <translation>外汇掉期</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="28" />
        <source>Ownership</source>
        <translation>股权关联</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="50" />
        <source>Total assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="52" />
        <source>Degree</source>
        <translation>度</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="54" />
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="56" />
        <source>Betweenness</source>
        <translation>介数中心性</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="58" />
        <source>DebtRank of its failure</source>
        <translation>违约时的 DebtRank</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="130" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="131" />
        <source>Export the network as PNG, SVG or PDF at a chosen size and resolution, or the exposures shown as CSV</source>
        <translation>将网络图按所选尺寸和分辨率导出为 PNG、SVG 或 PDF，或将所显示的敞口导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="133" />
        <source>Layers:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="135" />
        <source>Exposures from</source>
        <translation>敞口不低于</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="136" />
        <source> bn CNY</source>
        <translation> 十亿元</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="137" />
        <source>Hide exposures smaller than this (ownership links are always shown)</source>
        <translation>隐藏小于此值的敞口（股权关联始终显示）</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="138" />
        <source>Only the institutions of one community of the whole exposure network</source>
        <translation>只显示整个敞口网络中某一社区的机构</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="139" />
        <source>Every type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="142" />
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="148" />
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="149" />
        <source>Institution type</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="150" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="151" />
        <source>Size measure</source>
        <translation>大小所用指标</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="166" />
        <source>Every community</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="168" />
        <source>Community %1 (%2)</source>
        <translation>社区 %1（%2 家）</translation>
    </message>
</context>
<context>
    <name>eagle::NetworkView</name>
    <message>
        <location filename="../../views/NetworkView.cpp" line="161" />
        <source>No exposure network loaded</source>
        <translation>尚未加载风险敞口网络</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="308" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · total assets %3 bn CNY · equity %4 bn CNY</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · 总资产 %3 十亿元 · 资本 %4 十亿元</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="311" />
        <source>&lt;br&gt;Layers shown: %1</source>
        <translation>&lt;br&gt;所在层：%1</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="311" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="314" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="318" />
        <source>&lt;br&gt;Degree %1 (%2 creditors, %3 debtors) · PageRank %4 · betweenness %5</source>
        <translation>&lt;br&gt;度 %1（%2 个债权人，%3 个债务人）· PageRank %4 · 介数 %5</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="323" />
        <source>&lt;br&gt;DebtRank of its failure %1 · community %2</source>
        <translation>&lt;br&gt;违约时的 DebtRank %1 · 社区 %2</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="329" />
        <source>&lt;br&gt;Stress, round %1: %2% of equity lost</source>
        <translation>&lt;br&gt;压力测试第 %1 轮：损失资本的 %2%</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="333" />
        <source> · defaulted in round %1</source>
        <translation> · 第 %1 轮违约</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="542" />
        <source>Share of equity lost</source>
        <translation>资本损失比例</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="545" />
        <source>Defaulted</source>
        <translation>已违约</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="553" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="557" />
        <source>Community %1</source>
        <translation>社区 %1</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="558" />
        <source>Smaller communities</source>
        <translation>较小社区</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="560" />
        <source>Measure (node colour)</source>
        <translation>指标（节点颜色）</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="561" />
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="562" />
        <source>Middle</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="563" />
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="569" />
        <source>Its claims (creditor → debtor)</source>
        <translation>其债权（债权人 → 债务人）</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="570" />
        <source>Claims on it</source>
        <translation>对其的债权</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="596" />
        <source>largest %1 of %2 links</source>
        <translation>%2 条连接中最大的 %1 条</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="598" />
        <source>%1 links</source>
        <translation>%1 条连接</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="600" />
        <source>%1 of %2 institutions · %3 · as of %4</source>
        <translation>%2 家机构中的 %1 家 · %3 · 截至 %4</translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="14" />
        <source>Exposure network</source>
        <translation>风险暴露网络</translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="15" />
        <source>Exposure network %1</source>
        <translation>风险暴露网络 %1</translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="22" />
        <source>Creditor</source>
        <translation>债权方</translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="22" />
        <source>Debtor</source>
        <translation>债务方</translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="22" />
        <source>Layer</source>
        <translation>网络层</translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="22" />
        <source>Exposure (CNY)</source>
        <translation>风险暴露（元）</translation>
    </message>
    <message>
        <source>%1 of %2 institutions · %3 links · as of %4</source>
        <translation type="vanished">%2 家机构中的 %1 家 · %3 条连接 · 截至 %4</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="606" />
        <source> · stress round %1 of %2, %3 bn CNY lost so far</source>
        <translation> · 压力测试第 %1 / %2 轮，累计损失 %3 十亿元</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Total assets: %3 bn CNY&lt;br&gt;Money-market volume: %4 bn CNY</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;总资产：%3 十亿元&lt;br&gt;货币市场交易量：%4 十亿元</translation>
    </message>
    <message>
        <source>Lends to</source>
        <translation type="vanished">融出给</translation>
    </message>
    <message>
        <source>Borrows from</source>
        <translation type="vanished">融入自</translation>
    </message>
    <message>
        <source>Lender → borrower</source>
        <translation type="vanished">融出方 → 融入方</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="547" />
        <source>Institution type</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <source>%1 institutions · largest %2 of %3 exposures</source>
        <translation type="vanished">%1 家机构 · 显示最大的 %2 / %3 条敞口</translation>
    </message>
    <message>
        <source>%1 institutions · %2 exposures</source>
        <translation type="vanished">%1 家机构 · %2 条敞口</translation>
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
    <name>eagle::ProfilePageModel</name>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="34" />
        <location filename="../../views/ProfilePageModel.cpp" line="37" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="47" />
        <source>Higher than about %1% of %2 on %3</source>
        <translation>%3 高于约 %1% 的%2</translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="60" />
        <source>Family</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="61" />
        <source>Feature</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="62" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="63" />
        <source>Peer percentile</source>
        <translation>同业分位</translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="64" />
        <source>Recent weeks</source>
        <translation>近期走势</translation>
    </message>
</context>
<context>
    <name>eagle::ProfilePageView</name>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="164" />
        <source>%1 as of %2 — against %3</source>
        <translation>%1（截至 %2）— 对比%3</translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="171" />
        <source>Select an institution to see its profile</source>
        <translation>选择机构以查看其画像</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ProfilePageView.cpp" line="182" />
        <source>Strategy: cluster %1 · %2 (%n members)</source>
        <translation>
            <numerusform>交易策略：第 %1 类 · %2（%n 家成员）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="186" />
        <source>Distance to its centre %1, more atypical than %2% of its cluster</source>
        <translation>与类中心的距离 %1，偏离程度高于本类 %2% 的成员</translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="189" />
        <source>Nearest peers: %1</source>
        <translation>最相近的同业：%1</translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="192" />
        <source>Its behaviour moved to another cluster from %1</source>
        <translation>自 %1 起其交易行为已转入另一类</translation>
    </message>
</context>
<context>
    <name>eagle::ProtectionReaction</name>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="37" />
        <source>&amp;Encrypt workspace…</source>
        <translation>加密工作区(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="38" />
        <source>Encrypt the workspace file at rest with a passphrase</source>
        <translation>用口令加密存储的工作区文件</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="39" />
        <source>Change &amp;passphrase…</source>
        <translation>更改口令(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="40" />
        <source>Remove en&amp;cryption…</source>
        <translation>解除加密(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="68" />
        <source>Encrypted workspace</source>
        <translation>加密的工作区</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="68" />
        <source>Wrong passphrase. Passphrase for %1:</source>
        <translation>口令错误。%1 的口令：</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="69" />
        <source>%1 is encrypted. Passphrase:</source>
        <translation>%1 已加密。口令：</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="74" />
        <source>Unlocking %1</source>
        <translation>正在解锁 %1</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="108" />
        <source>New passphrase for %1:</source>
        <translation>%1 的新口令：</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="111" />
        <source>The passphrase is empty; nothing was changed.</source>
        <translation>口令为空；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="114" />
        <source>The same passphrase again:</source>
        <translation>再次输入同一口令：</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="117" />
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的口令不同；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="125" />
        <source>No workspace</source>
        <translation>没有工作区</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="125" />
        <source>Open or create a workspace first.</source>
        <translation>请先打开或新建一个工作区。</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="130" />
        <source>Workspace busy</source>
        <translation>工作区正忙</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="130" />
        <source>Wait until the running work has finished, then try again.</source>
        <translation>请等待正在运行的任务完成后再试。</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="138" />
        <location filename="../../app/ProtectionReaction.cpp" line="150" />
        <source>Encrypt workspace</source>
        <translation>加密工作区</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="142" />
        <source>Encrypting %1</source>
        <translation>正在加密 %1</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="151" />
        <source>%1 is encrypted. Keep the passphrase safe: without it nobody can open the workspace. Copies made before are not encrypted.</source>
        <translation>%1 已加密。请妥善保管口令：没有口令，任何人都无法打开该工作区。此前制作的副本未加密。</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="159" />
        <source>Remove encryption</source>
        <translation>解除加密</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="161" />
        <source>Store %1 unencrypted? Anyone who can read the file can then read the workspace.</source>
        <translation>以不加密方式存储 %1？此后任何能读取该文件的人都能读取该工作区。</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="165" />
        <source>Passphrase for %1:</source>
        <translation>%1 的口令：</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="169" />
        <source>Decrypting %1</source>
        <translation>正在解密 %1</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="181" />
        <source>Wrong passphrase; the workspace stays encrypted.</source>
        <translation>口令错误；工作区仍保持加密。</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="191" />
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="192" />
        <source>Current passphrase for %1:</source>
        <translation>%1 的当前口令：</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="198" />
        <source>Changing the passphrase of %1</source>
        <translation>正在更改 %1 的口令</translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="209" />
        <source>Wrong passphrase; the passphrase was not changed.</source>
        <translation>口令错误；口令未更改。</translation>
    </message>
</context>
<context>
    <name>eagle::RadarView</name>
    <message>
        <location filename="../../views/RadarView.cpp" line="52" />
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="53" />
        <source>Choose the features the radar compares</source>
        <translation>选择雷达图比较的指标</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="117" />
        <source>Peer comparison</source>
        <translation>同业对比</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="118" />
        <source>Peer comparison: %1</source>
        <translation>同业对比：%1</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="147" />
        <source>Select an institution to compare it with its peers</source>
        <translation>选择一家机构，与其同业进行对比</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="191" />
        <source>Peer median: %1</source>
        <translation>同业中位数：%1</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="193" />
        <source>Cluster median: %1</source>
        <translation>聚类中位数：%1</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="251" />
        <location filename="../../views/RadarView.cpp" line="262" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="251" />
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="256" />
        <source>%1 · peers %2 · cluster %3</source>
        <translation>%1 · 同业 %2 · 聚类 %3</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="260" />
        <source>%1 · peers %2</source>
        <translation>%1 · 同业 %2</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="413" />
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="413" />
        <source>%1 (percentile)</source>
        <translation>%1（百分位）</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="414" />
        <source>Peer median (percentile)</source>
        <translation>同类中位数（百分位）</translation>
    </message>
</context>
<context>
    <name>eagle::RiskMatrixView</name>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="71" />
        <source>Order:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="72" />
        <source>By similarity</source>
        <translation>按相似度</translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="73" />
        <location filename="../../views/RiskMatrixView.cpp" line="127" />
        <source>No data loaded</source>
        <translation>尚未加载数据</translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="85" />
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/RiskMatrixView.cpp" line="145" />
        <source>Risk scores as of %1 — %n institution(s)</source>
        <translation>
            <numerusform>截至 %1 的风险评分 — %n 家机构</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="223" />
        <source>Risk matrix %1</source>
        <translation>风险矩阵 %1</translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="223" />
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="229" />
        <source>Institution</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>eagle::RuleCommands</name>
    <message>
        <location filename="../../app/RuleCommands.cpp" line="13" />
        <source>save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../app/RuleCommands.cpp" line="29" />
        <source>switch on rule %1</source>
        <translation>启用规则 %1</translation>
    </message>
    <message>
        <location filename="../../app/RuleCommands.cpp" line="30" />
        <source>switch off rule %1</source>
        <translation>停用规则 %1</translation>
    </message>
</context>
<context>
    <name>eagle::RuleEditorController</name>
    <message>
        <location filename="../../app/RuleEditorController.cpp" line="67" />
        <source>Loading rules</source>
        <translation>正在加载规则</translation>
    </message>
    <message>
        <location filename="../../app/RuleEditorController.cpp" line="93" />
        <source>The workspace's rules are still loading: try again in a moment.</source>
        <translation>工作区的规则仍在加载，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/RuleEditorController.cpp" line="172" />
        <source>Backtesting rules (shadow mode)</source>
        <translation>正在回测规则（影子模式）</translation>
    </message>
</context>
<context>
    <name>eagle::RuleEditorView</name>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="113" />
        <location filename="../../views/RuleEditorView.cpp" line="197" />
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="113" />
        <location filename="../../views/RuleEditorView.cpp" line="193" />
        <location filename="../../views/RuleEditorView.cpp" line="195" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="113" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="113" />
        <location filename="../../views/RuleEditorView.cpp" line="197" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="114" />
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="132" />
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="133" />
        <source>Backtest (shadow mode)</source>
        <translation>回测（影子模式）</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="135" />
        <source>Evaluate over the whole history without storing anything and compare with the recorded risk events</source>
        <translation>在全部历史数据上试运行（不保存任何结果），并与已记录的风险事件对比</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="191" />
        <source>Run a backtest to see how often the rule would have fired, on whom and when.</source>
        <translation>运行回测，查看规则会触发多少次、针对哪些机构、在何时触发。</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="193" />
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="193" />
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="193" />
        <source>Misses</source>
        <translation>漏报</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="193" />
        <source>False alarms</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="193" />
        <source>Median lead (days)</source>
        <translation>提前天数中位数</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="195" />
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="195" />
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="195" />
        <source>Until</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="195" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="195" />
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="196" />
        <source>Backtest</source>
        <translation>回测</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="197" />
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="197" />
        <source>Saved (UTC)</source>
        <translation>保存时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="197" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="198" />
        <source>Load this version into the editor</source>
        <translation>将此版本载入编辑器</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="199" />
        <source>Versions</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="224" />
        <source>On: runs with the enabled rules</source>
        <translation>已启用：随已启用的规则一起运行</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="224" />
        <source>Off: kept, not run</source>
        <translation>已停用：保留但不运行</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="272" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="272" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/RuleEditorView.cpp" line="281" />
        <source>Shadow mode: %n alert(s) over %1 institutions × %2 days; %3 recorded risk event(s). An alert catches an event from %4 business days before it to its end. Nothing was stored.</source>
        <translation>
            <numerusform>影子模式：在 %1 家机构 × %2 个交易日上共 %n 条预警；已记录风险事件 %3 个。预警出现在事件开始前 %4 个工作日至事件结束之间即视为命中。未保存任何结果。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="309" />
        <source>caught</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="309" />
        <source>false alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="335" />
        <source>Why this rule: the risk it looks for</source>
        <translation>规则目的：它要发现的风险</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="335" />
        <source>new rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="335" />
        <source>mostly overnight</source>
        <translation>隔夜为主</translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="363" />
        <source>✓ %1: valid, reads %2</source>
        <translation>✓ %1：有效，读取 %2</translation>
    </message>
</context>
<context>
    <name>eagle::SearchBox</name>
    <message>
        <location filename="../../views/SearchBox.cpp" line="16" />
        <source>Search institutions, instruments, alerts… (Ctrl+F)</source>
        <translation>搜索机构、金融工具、预警…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../views/SearchBox.cpp" line="17" />
        <source>Type part of a code or a name; choose a match to go to it.</source>
        <translation>输入代码或名称的一部分，选择匹配项即可跳转。</translation>
    </message>
</context>
<context>
    <name>eagle::SettingsDialog</name>
    <message>
        <location filename="../../app/SettingsDialog.cpp" line="18" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/SettingsDialog.cpp" line="20" />
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/SettingsDialog.cpp" line="25" />
        <source>Menus, views and new reports change to the chosen language at once.</source>
        <translation>菜单、视图和新生成的报告会立即切换为所选语言。</translation>
    </message>
    <message>
        <source>The new language applies when EagleEye next starts.</source>
        <translation type="vanished">新语言将在下次启动鹰眼时生效。</translation>
    </message>
    <message>
        <location filename="../../app/SettingsDialog.cpp" line="30" />
        <source>Language / 语言</source>
        <translation>Language / 语言</translation>
    </message>
</context>
<context>
    <name>eagle::StressPanel</name>
    <message>
        <location filename="../../views/StressPanel.cpp" line="97" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="98" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="88" />
        <source>Shock:</source>
        <translation>冲击：</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="89" />
        <source>CODE fails, CODE:0.3, all:0.05 or rate:200</source>
        <translation>代码（违约）、代码:0.3、all:0.05 或 rate:200</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="91" />
        <source>An institution that fails (its code), a share of equity lost (CODE:0.3, all:0.05) or a rise in yields in basis points (rate:200); several separated by commas</source>
        <translation>违约的机构（其代码）、资本损失比例（代码:0.3、all:0.05）或收益率上升的基点数（rate:200）；多个冲击以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="93" />
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="94" />
        <source>DebtRank (linear)</source>
        <translation>DebtRank（线性）</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="95" />
        <source>DebtRank (single hit)</source>
        <translation>DebtRank（单次传递）</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="96" />
        <source>Eisenberg–Noe clearing</source>
        <translation>Eisenberg–Noe 清算</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="100" />
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Equity lost</source>
        <translation type="vanished">资本损失</translation>
    </message>
    <message>
        <source>Shock loss (bn)</source>
        <translation type="vanished">冲击损失（十亿元）</translation>
    </message>
    <message>
        <source>Contagion loss (bn)</source>
        <translation type="vanished">传染损失（十亿元）</translation>
    </message>
    <message>
        <source>Defaulted in round</source>
        <translation type="vanished">违约轮次</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="76" />
        <source>Choose who fails: select an institution or type a shock.</source>
        <translation>请选择违约方：选中一家机构或输入冲击。</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="100" />
        <source>Equity
lost</source>
        <translation>资本损失</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="100" />
        <source>Shock
loss (bn)</source>
        <translation>冲击损失
（十亿元）</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="101" />
        <source>Contagion
loss (bn)</source>
        <translation>传染损失
（十亿元）</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="101" />
        <source>Default
round</source>
        <translation>违约轮次</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="118" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;DebtRank %2 · %3 default(s) · losses: shock %4 bn, contagion %5 bn CNY</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;DebtRank %2 · %3 家违约 · 损失：冲击 %4 十亿元，传染 %5 十亿元</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="165" />
        <source>Pick an institution to fail (select it anywhere) or type a shock, then Run: the network shows the losses spreading round by round.</source>
        <translation>选择一家违约机构（在任意视图中选中）或输入冲击，然后点击运行：网络将逐轮显示损失的传播。</translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="176" />
        <source>Round %1 of %2</source>
        <translation>第 %1 / %2 轮</translation>
    </message>
</context>
<context>
    <name>eagle::TimeCursorBar</name>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="38" />
        <source>Previous trading day</source>
        <translation>上一交易日</translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="39" />
        <source>Next trading day</source>
        <translation>下一交易日</translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="40" />
        <source>Play the market day by day</source>
        <translation>逐日播放市场变化</translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="41" />
        <source>As of: every view shows the market on this day</source>
        <translation>截至日期：所有视图显示该日的市场状态</translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="37" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
</context>
<context>
    <name>eagle::TimeSeriesView</name>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="103" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="195" />
        <source>Feature:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="257" />
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="197" />
        <source>Draw up to %1 more features of this institution below, on the same time axis</source>
        <translation>在下方以同一时间轴最多再绘制该机构的 %1 个指标</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="199" />
        <location filename="../../views/TimeSeriesView.cpp" line="200" />
        <location filename="../../views/TimeSeriesView.cpp" line="656" />
        <source>Early-warning score</source>
        <translation>预警得分</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="255" />
        <source>Compare with none</source>
        <translation>取消对比</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="257" />
        <source>Compare (%1)</source>
        <translation>对比（%1）</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="266" />
        <location filename="../../views/TimeSeriesView.cpp" line="324" />
        <location filename="../../views/TimeSeriesView.cpp" line="653" />
        <source>Peer median</source>
        <translation>同业中位数</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="266" />
        <source>Peer median: %1</source>
        <translation>同业中位数：%1</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="437" />
        <source>Warning %1 (%2): %3</source>
        <translation>预警 %1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TimeSeriesView.cpp" line="541" />
        <source>(+%n more)</source>
        <translation>
            <numerusform>（另 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="666" />
        <source>Why the model warned:</source>
        <translation>模型预警的原因：</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="670" />
        <source>Alert: %1</source>
        <translation>预警：%1</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="670" />
        <source>Risk event: %1</source>
        <translation>风险事件：%1</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="705" />
        <source>Time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="706" />
        <source>Time series %1 %2</source>
        <translation>时间序列 %1 %2</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="732" />
        <source>alert: %1</source>
        <translation>预警：%1</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="732" />
        <source>event: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="735" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="736" />
        <location filename="../../views/TimeSeriesView.cpp" line="739" />
        <source>Peer median (%1)</source>
        <translation>同类中位数（%1）</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="736" />
        <source>Events and alerts</source>
        <translation>事件与预警</translation>
    </message>
    <message>
        <source>Warning %1 (%2)
%3</source>
        <translation type="vanished">预警 %1（%2）
%3</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="201" />
        <location filename="../../views/TimeSeriesView.cpp" line="612" />
        <location filename="../../views/TimeSeriesView.cpp" line="622" />
        <source>Select an institution to see its history</source>
        <translation>选择一家机构以查看其历史</translation>
    </message>
</context>
<context>
    <name>eagle::TradeListView</name>
    <message>
        <location filename="../../views/TradeListView.cpp" line="44" />
        <source>Drag across the time series with Shift held to list the trades of those days</source>
        <translation>按住 Shift 在时间序列上拖动，列出所选日期的成交</translation>
    </message>
    <message>
        <location filename="../../views/TradeListView.cpp" line="49" />
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TradeListView.cpp" line="51" />
        <source>%n trade(s) of %1, %2</source>
        <translation>
            <numerusform>%1 的 %n 笔成交，%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TradeListView.cpp" line="52" />
        <source>(the first %n only)</source>
        <translation>
            <numerusform>（仅显示前 %n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/TradeListView.cpp" line="60" />
        <source>Trades</source>
        <translation>成交明细</translation>
    </message>
</context>
<context>
    <name>eagle::TradeTableModel</name>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="24" />
        <source>Repo</source>
        <translation>质押式回购</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="25" />
        <source>Interbank lending</source>
        <translation>同业拆借</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="26" />
        <source>Cash bond</source>
        <translation>现券</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="27" />
        <source>FX spot</source>
        <translation>外汇即期</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="28" />
        <source>FX swap</source>
        <translation>外汇掉期</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="29" />
        <source>Gold spot</source>
        <translation>黄金现货</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="30" />
        <source>Equity</source>
        <translation>股票</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="39" />
        <source>Lent</source>
        <translation>融出</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="39" />
        <source>Borrowed</source>
        <translation>融入</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="40" />
        <source>Bought</source>
        <translation>买入</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="40" />
        <source>Sold</source>
        <translation>卖出</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="59" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TradeTableModel.cpp" line="68" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="76" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="77" />
        <source>Product</source>
        <translation>品种</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="78" />
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="79" />
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="80" />
        <source>Notional (CNY mn)</source>
        <translation>金额（百万元）</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="81" />
        <source>Rate / price</source>
        <translation>利率/价格</translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="82" />
        <source>Tenor</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>eagle::TrainingCurveView</name>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="56" />
        <location filename="../../views/TrainingCurveView.cpp" line="86" />
        <source>No early-warning model trained yet</source>
        <translation>尚未训练预警模型</translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="57" />
        <location filename="../../views/TrainingCurveView.cpp" line="122" />
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="58" />
        <source>Cross-entropy loss</source>
        <translation>交叉熵损失</translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="59" />
        <location filename="../../views/TrainingCurveView.cpp" line="62" />
        <location filename="../../views/TrainingCurveView.cpp" line="122" />
        <source>Validation ROC AUC</source>
        <translation>验证集 ROC AUC</translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="60" />
        <location filename="../../views/TrainingCurveView.cpp" line="122" />
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="61" />
        <location filename="../../views/TrainingCurveView.cpp" line="122" />
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="72" />
        <source>Training the early-warning model…</source>
        <translation>正在训练预警模型…</translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="94" />
        <source>Training: epoch %1, loss %2, validation AUC %3</source>
        <translation>训练中：第 %1 轮，损失 %2，验证 AUC %3</translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="117" />
        <source>Training history</source>
        <translation>训练历史</translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="122" />
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="129" />
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>eagle::ViewExportReaction</name>
    <message>
        <location filename="../../app/ViewExportReaction.cpp" line="22" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>eagle::WorkspaceController</name>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="75" />
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="101" />
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="152" />
        <source>Loading %1 of %2</source>
        <translation>正在加载 %2 的%1</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="202" />
        <source>%1 (%2) %3</source>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="223" />
        <source>Profile of %1</source>
        <translation>%1 的画像</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="348" />
        <source>Risk scores as of %1</source>
        <translation>截至 %1 的风险评分</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="373" />
        <source>Early warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="391" />
        <source>Dashboard as of %1</source>
        <translation>截至 %1 的总览</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="424" />
        <source>Trades of %1</source>
        <translation>%1 的成交</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="479" />
        <source>Ranking against peers as of %1</source>
        <translation>计算截至 %1 的同业排名</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="525" />
        <source>%1 (%2) as of %3</source>
        <translation>%1（%2），截至 %3</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="529" />
        <source>Stress test: %1</source>
        <translation>压力测试：%1</translation>
    </message>
    <message>
        <source>Ranking risk scores as of %1</source>
        <translation type="vanished">计算截至 %1 的风险评分排名</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="498" />
        <source>Laying out the network as of %1</source>
        <translation>布局截至 %1 的网络</translation>
    </message>
</context>
</TS>
