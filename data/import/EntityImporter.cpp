#include "EntityImporter.h"

#include "BalanceDailyImporter.h"
#include "Database.h"
#include "InstitutionImporter.h"
#include "InstrumentImporter.h"
#include "MappedRow.h"
#include "MarketDailyImporter.h"
#include "RelationImporter.h"
#include "RiskEventImporter.h"
#include "TradeImporter.h"

namespace eagle {

std::unique_ptr<EntityImporter> EntityImporter::create(EntityKind kind) {
    switch (kind) {
    case EntityKind::Institutions: return std::make_unique<InstitutionImporter>();
    case EntityKind::Relations: return std::make_unique<RelationImporter>();
    case EntityKind::Instruments: return std::make_unique<InstrumentImporter>();
    case EntityKind::Trades: return std::make_unique<TradeImporter>();
    case EntityKind::MarketDaily: return std::make_unique<MarketDailyImporter>();
    case EntityKind::BalanceDaily: return std::make_unique<BalanceDailyImporter>();
    case EntityKind::RiskEvents: return std::make_unique<RiskEventImporter>();
    }
    return nullptr;
}

void EntityImporter::write(MappedRow& row, int keyField, const std::string& duplicate,
                           const std::function<void()>& insert) {
    try {
        insert();
    } catch (const StoreError& e) {
        const std::string what = e.what();
        if (what.find("UNIQUE") != std::string::npos || what.find("PRIMARY KEY") != std::string::npos)
            row.problem(keyField, duplicate);
        else
            row.problem(-1, "the workspace refused the row: " + what);
    }
}

}  // namespace eagle
