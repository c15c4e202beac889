#include "EntityKind.h"

#include <array>

namespace eagle {
namespace {

constexpr FieldSpec kInstitutionFields[] = {
    {"code", true, "institution_code|机构代码|机构编码|代码", "unique institution code"},
    {"name", true, "institution_name|机构名称|名称", "name"},
    {"name_zh", false, "chinese_name|中文名称|中文名", "Chinese name"},
    {"type", true, "institution_type|机构类型|类型", "large_bank, city_commercial_bank, fund, ... or the Chinese name"},
    {"region", false, "地区|省份|country", "region or country"},
    {"parent", false, "parent_code|母公司|上级机构", "code of the parent institution"},
    {"rating", false, "评级|主体评级", "credit rating"},
    {"total_assets", false, "总资产|资产总额", "total assets, CNY"},
    {"capital", false, "资本|净资本|资本净额", "capital, CNY"},
};
constexpr FieldSpec kRelationFields[] = {
    {"src", true, "source|from|关联方|持有方", "code of the owning or guaranteeing institution"},
    {"dst", true, "target|to|被关联方|被持有方", "code of the owned or guaranteed institution"},
    {"kind", true, "relation|关系类型|关系", "ownership, control, guarantee, same_group (持股, 控制, 担保, 同一集团)"},
    {"share", false, "持股比例|比例", "ownership share, 0-1 or a percentage"},
    {"valid_from", true, "start|起始日期|生效日期", "first day"},
    {"valid_to", false, "end|终止日期|失效日期", "last day, empty when open"},
};
constexpr FieldSpec kInstrumentFields[] = {
    {"code", true, "instrument_code|symbol|债券代码|证券代码|代码", "unique instrument code"},
    {"market", true, "市场", "bond, money, fx, equity, gold (债券, 货币, 外汇, 股票, 黄金)"},
    {"kind", true, "instrument_kind|品种|债券类型", "e.g. government, policy_bank, corporate, ncd, fx_pair"},
    {"issuer", false, "issuer_code|发行人|发行人代码", "code of the issuing institution"},
    {"rating", false, "评级|债项评级", "rating"},
    {"currency", false, "币种", "currency, CNY by default"},
    {"maturity", false, "maturity_date|到期日|到期日期", "maturity date"},
};
constexpr FieldSpec kTradeFields[] = {
    {"trade_id", true, "trade_ref|成交编号|交易编号|成交单号", "the source system's unique trade id"},
    {"trade_date", true, "date|成交日期|交易日期", "trade date"},
    {"trade_time", false, "time|成交时间|交易时间", "time of day, HH:MM:SS (Beijing)"},
    {"product", true, "交易品种|业务类型|产品", "repo, lending, bond_cash, fx_spot, fx_swap, gold_spot, equity_cash or Chinese"},
    {"instrument", false, "instrument_code|债券代码|证券代码|标的代码", "instrument code"},
    {"buyer", true, "buyer_code|买方|买入方|融出方|逆回购方", "code of the party that provides cash at the start leg"},
    {"seller", true, "seller_code|卖方|卖出方|融入方|正回购方", "code of the party that receives cash at the start leg"},
    {"price", false, "净价|成交价格|价格", "clean price per 100, FX rate or CNY/g"},
    {"rate", false, "利率|回购利率|拆借利率|收益率|到期收益率", "rate or yield, percent"},
    {"quantity", false, "券面总额|面额|数量|交易量", "face value, foreign amount or grams"},
    {"notional_cny", true, "notional|amount|成交金额|交易金额|结算金额", "cash amount, CNY"},
    {"tenor_days", false, "tenor|期限|期限(天)|回购期限", "money-market tenor in days"},
    {"settle_date", false, "settlement_date|结算日期|首次结算日|起息日", "settlement date; the trade date by default"},
    {"status", false, "状态|成交状态", "done by default"},
};
constexpr FieldSpec kMarketDailyFields[] = {
    {"series", true, "symbol|指标|代码|曲线", "series name, e.g. DR007, CGB10Y, USDCNY"},
    {"day", true, "date|日期|交易日期", "date"},
    {"close", true, "value|收盘|收盘价|收盘值", "closing value"},
    {"yield", false, "收益率", "yield, percent"},
};
constexpr FieldSpec kBalanceDailyFields[] = {
    {"institution", true, "institution_code|code|机构代码", "institution code"},
    {"day", true, "date|日期|报告日期", "date"},
    {"assets", true, "total_assets|总资产|资产总额", "total assets, CNY"},
    {"liabilities", false, "total_liabilities|总负债|负债总额", "total liabilities; assets - equity when absent"},
    {"liquid_assets", true, "流动性资产|优质流动性资产", "liquid assets, CNY"},
    {"equity", true, "所有者权益|净资产|权益", "equity, CNY"},
};
constexpr FieldSpec kRiskEventFields[] = {
    {"institution", true, "institution_code|code|机构代码", "institution code"},
    {"day", true, "date|start|日期|发生日期", "first day"},
    {"end_day", false, "end|end_date|结束日期", "last day"},
    {"kind", true, "event|事件类型|风险类型", "what happened, e.g. liquidity_squeeze"},
    {"severity", false, "严重程度", "0 (minor) to 1 (failure)"},
    {"source", false, "来源", "observed (default) or simulated"},
    {"note", false, "说明|备注", "free text"},
};

struct KindInfo {
    EntityKind kind;
    std::string_view name;
    std::span<const FieldSpec> fields;
};
constexpr std::array<KindInfo, 7> kKinds{{
    {EntityKind::Institutions, "institutions", kInstitutionFields},
    {EntityKind::Relations, "relations", kRelationFields},
    {EntityKind::Instruments, "instruments", kInstrumentFields},
    {EntityKind::Trades, "trades", kTradeFields},
    {EntityKind::MarketDaily, "market_daily", kMarketDailyFields},
    {EntityKind::BalanceDaily, "balance_daily", kBalanceDailyFields},
    {EntityKind::RiskEvents, "risk_events", kRiskEventFields},
}};

}  // namespace

std::string_view nameOf(EntityKind k) {
    for (const auto& info : kKinds)
        if (info.kind == k) return info.name;
    return "trades";
}

std::optional<EntityKind> parseEntityKind(std::string_view s) {
    for (const auto& info : kKinds)
        if (info.name == s) return info.kind;
    // the table names are accepted too
    if (s == "institution") return EntityKind::Institutions;
    if (s == "relation") return EntityKind::Relations;
    if (s == "instrument") return EntityKind::Instruments;
    if (s == "trade") return EntityKind::Trades;
    if (s == "risk_event") return EntityKind::RiskEvents;
    return std::nullopt;
}

std::span<const FieldSpec> fieldsOf(EntityKind k) {
    for (const auto& info : kKinds)
        if (info.kind == k) return info.fields;
    return {};
}

}  // namespace eagle
