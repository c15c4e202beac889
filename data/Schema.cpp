#include "Schema.h"

#include "Database.h"

#include <array>
#include <string>
#include <string_view>

namespace eagle::schema {
namespace {

// Version 1: the market as observed (institutions, instruments, trades, daily series, events).
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE institution (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_zh TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL,
  region TEXT NOT NULL DEFAULT '',
  parent_id INTEGER REFERENCES institution(id),
  rating TEXT NOT NULL DEFAULT '',
  total_assets REAL NOT NULL DEFAULT 0 CHECK (total_assets >= 0),
  capital REAL NOT NULL DEFAULT 0
);
CREATE TABLE relation (
  id INTEGER PRIMARY KEY,
  src_id INTEGER NOT NULL REFERENCES institution(id),
  dst_id INTEGER NOT NULL REFERENCES institution(id),
  kind TEXT NOT NULL CHECK (kind IN ('ownership','control','guarantee','same_group')),
  share REAL NOT NULL DEFAULT 0,
  valid_from INTEGER NOT NULL,
  valid_to INTEGER
);
CREATE INDEX relation_src ON relation(src_id);
CREATE INDEX relation_dst ON relation(dst_id);
CREATE TABLE instrument (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  market TEXT NOT NULL CHECK (market IN ('bond','money','fx','equity','gold')),
  kind TEXT NOT NULL,
  issuer_id INTEGER REFERENCES institution(id),
  rating TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL DEFAULT 'CNY',
  maturity INTEGER
);
CREATE TABLE trade (
  id INTEGER PRIMARY KEY,
  ts INTEGER NOT NULL,
  day INTEGER NOT NULL,
  market TEXT NOT NULL,
  product TEXT NOT NULL,
  instrument_id INTEGER REFERENCES instrument(id),
  buyer_id INTEGER NOT NULL REFERENCES institution(id),
  seller_id INTEGER NOT NULL REFERENCES institution(id),
  price REAL NOT NULL DEFAULT 0,
  rate REAL NOT NULL DEFAULT 0,
  quantity REAL NOT NULL DEFAULT 0,
  notional_cny REAL NOT NULL CHECK (notional_cny >= 0),
  tenor_days INTEGER NOT NULL DEFAULT 0,
  settle_day INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'done'
);
CREATE INDEX trade_day ON trade(day);
CREATE INDEX trade_buyer_day ON trade(buyer_id, day);
CREATE INDEX trade_seller_day ON trade(seller_id, day);
CREATE TABLE market_daily (
  series TEXT NOT NULL,
  day INTEGER NOT NULL,
  close REAL NOT NULL,
  yield REAL,
  PRIMARY KEY (series, day)
) WITHOUT ROWID;
CREATE TABLE balance_daily (
  institution_id INTEGER NOT NULL REFERENCES institution(id),
  day INTEGER NOT NULL,
  assets REAL NOT NULL,
  liabilities REAL NOT NULL,
  liquid_assets REAL NOT NULL,
  equity REAL NOT NULL,
  PRIMARY KEY (institution_id, day)
) WITHOUT ROWID;
CREATE TABLE risk_event (
  id INTEGER PRIMARY KEY,
  institution_id INTEGER NOT NULL REFERENCES institution(id),
  day INTEGER NOT NULL,
  end_day INTEGER,
  kind TEXT NOT NULL,
  severity REAL NOT NULL DEFAULT 0,
  source TEXT NOT NULL CHECK (source IN ('observed','simulated')),
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX risk_event_institution ON risk_event(institution_id, day);
)sql";

// Version 2: results written back by the models, each row tied to the run that produced it.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE run (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  started TEXT NOT NULL,
  finished TEXT,
  status TEXT NOT NULL CHECK (status IN ('running','done','failed','cancelled')),
  params TEXT NOT NULL DEFAULT ''
);
CREATE TABLE feature_def (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  unit TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE feature (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  feature_id INTEGER NOT NULL REFERENCES feature_def(id),
  institution_id INTEGER NOT NULL REFERENCES institution(id),
  day INTEGER NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (run_id, feature_id, institution_id, day)
) WITHOUT ROWID;
CREATE TABLE peer_feature (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  peer_group TEXT NOT NULL,
  feature_id INTEGER NOT NULL REFERENCES feature_def(id),
  day INTEGER NOT NULL,
  median REAL NOT NULL,
  PRIMARY KEY (run_id, peer_group, feature_id, day)
) WITHOUT ROWID;
)sql";

// Version 3: simulated ground truth. Planted scenarios, the trades and events they created, and
// each simulated institution's trading strategy (empty for observed data).
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE scenario (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  start_day INTEGER NOT NULL,
  end_day INTEGER NOT NULL,
  params TEXT NOT NULL DEFAULT ''
);
ALTER TABLE trade ADD COLUMN scenario_id INTEGER REFERENCES scenario(id);
ALTER TABLE risk_event ADD COLUMN scenario_id INTEGER REFERENCES scenario(id);
ALTER TABLE institution ADD COLUMN strategy TEXT NOT NULL DEFAULT '';
CREATE INDEX trade_scenario ON trade(scenario_id) WHERE scenario_id IS NOT NULL;
)sql";

// Version 4: ingestion. Every import of a file (with its content hash, so that importing the same
// file again changes nothing), the rows it rejected (quarantine), mappings saved in the workspace,
// and the external id of imported trades (e.g. FIX TradeReportID) for duplicate detection.
constexpr std::string_view kVersion4 = R"sql(
CREATE TABLE import_history (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,
  kind TEXT NOT NULL,
  content_hash TEXT,
  bytes INTEGER NOT NULL,
  format TEXT NOT NULL DEFAULT '',
  mapping TEXT NOT NULL DEFAULT '',
  mode TEXT NOT NULL CHECK (mode IN ('all_or_nothing','accept_valid')),
  started TEXT NOT NULL,
  finished TEXT,
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_imported INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  rows_skipped INTEGER NOT NULL DEFAULT 0,
  UNIQUE (kind, content_hash)
);
CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES import_history(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  column_name TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL,
  record TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quarantine_import ON quarantine(import_id, line);
CREATE TABLE import_mapping (
  name TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  json TEXT NOT NULL,
  saved TEXT NOT NULL
);
ALTER TABLE trade ADD COLUMN trade_ref TEXT;
CREATE UNIQUE INDEX trade_ref ON trade(trade_ref) WHERE trade_ref IS NOT NULL;
)sql";

// Version 5: no per-party trade indexes. Building them costs more than generating and writing
// the trades themselves (a random-order sort of every row, twice); every query the models and
// views make is by day range, served by trade_day, with the parties filtered within the range.
constexpr std::string_view kVersion5 = R"sql(
DROP INDEX IF EXISTS trade_buyer_day;
DROP INDEX IF EXISTS trade_seller_day;
)sql";

// Version 6: balance sheets by day, for the profile engine that walks the market day by day.
constexpr std::string_view kVersion6 = R"sql(
CREATE INDEX balance_daily_day ON balance_daily(day);
)sql";

// Risk rules: supervisors' own rules and the alerts they raise. A rule's text is kept per version,
// so an alert always points at the exact wording that raised it; an alert is one episode (first to
// last consecutive day the rule held) with the feature values it read as JSON evidence.
constexpr std::string_view kRulesAndAlerts = R"sql(
CREATE TABLE rule (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  text TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('high','medium','low')),
  enabled INTEGER NOT NULL DEFAULT 1,
  author TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (name, version)
);
CREATE TABLE alert (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  rule_id INTEGER NOT NULL REFERENCES rule(id),
  institution_id INTEGER NOT NULL REFERENCES institution(id),
  day INTEGER NOT NULL,
  end_day INTEGER NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('high','medium','low')),
  message TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new','under_review','escalated','closed')),
  created TEXT NOT NULL
);
CREATE INDEX alert_run ON alert(run_id, day);
CREATE INDEX alert_institution ON alert(institution_id, day);
)sql";

// Features in blocks: one row per run, block of days, feature and institution holding up to
// kFeatureBlockDays values, instead of one row per value. A 5,000 x 750 market has 150 million
// feature values; as rows they took minutes to write and gigabytes to keep. Positions in a block
// are the run's trading days (run_day), so a block needs no per-value day. Keyed by block first so
// that a run is written in key order, day block after day block.
// Results in the old layout are derived data: they are dropped and recomputed by the next analysis.
constexpr std::string_view kFeatureBlocks = R"sql(
CREATE TABLE run_day (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  day INTEGER NOT NULL,
  PRIMARY KEY (run_id, position),
  UNIQUE (run_id, day)
) WITHOUT ROWID;
CREATE TABLE feature_block (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  first_position INTEGER NOT NULL,
  feature_id INTEGER NOT NULL REFERENCES feature_def(id),
  institution_id INTEGER NOT NULL REFERENCES institution(id),
  block BLOB NOT NULL,
  PRIMARY KEY (run_id, first_position, feature_id, institution_id)
) WITHOUT ROWID;
DELETE FROM peer_feature WHERE run_id IN (SELECT id FROM run WHERE EXISTS (SELECT 1 FROM feature WHERE run_id = run.id));
DELETE FROM alert WHERE run_id IN (SELECT id FROM run WHERE EXISTS (SELECT 1 FROM feature WHERE run_id = run.id));
DELETE FROM run WHERE EXISTS (SELECT 1 FROM feature WHERE run_id = run.id);
DROP TABLE feature;
)sql";

// Learning: trained early-warning models (weights, the features they read in order, their scaling,
// hyper-parameters and seed), their daily scores per institution, and strategy clusters with each
// institution's membership. Runs of kind "warning" and "cluster" own the rows.
constexpr std::string_view kLearning = R"sql(
CREATE TABLE model (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  features TEXT NOT NULL,
  scaling TEXT NOT NULL,
  hyper TEXT NOT NULL,
  seed INTEGER NOT NULL,
  weights BLOB NOT NULL,
  metrics TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL
);
CREATE INDEX model_run ON model(run_id);
CREATE TABLE warning (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  institution_id INTEGER NOT NULL REFERENCES institution(id),
  day INTEGER NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY (run_id, institution_id, day)
) WITHOUT ROWID;
CREATE TABLE cluster (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  cluster INTEGER NOT NULL,
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  distinguishing TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (run_id, cluster)
) WITHOUT ROWID;
CREATE TABLE cluster_member (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  institution_id INTEGER NOT NULL REFERENCES institution(id),
  cluster INTEGER NOT NULL,
  distance REAL NOT NULL,
  pc1 REAL NOT NULL,
  pc2 REAL NOT NULL,
  peers TEXT NOT NULL DEFAULT '',
  moved_on INTEGER,
  PRIMARY KEY (run_id, institution_id)
) WITHOUT ROWID;
)sql";

// The alert workflow's audit trail: every status change and note, who and when, never updated or
// deleted (an undo is a row of its own). The alert's own status column is the trail's latest word.
constexpr std::string_view kAlertActions = R"sql(
CREATE TABLE alert_action (
  id INTEGER PRIMARY KEY,
  alert_id INTEGER NOT NULL REFERENCES alert(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('status','note','undo')),
  from_status TEXT CHECK (from_status IN ('new','under_review','escalated','closed')),
  to_status TEXT CHECK (to_status IN ('new','under_review','escalated','closed')),
  note TEXT NOT NULL DEFAULT '',
  undoes INTEGER REFERENCES alert_action(id)
);
CREATE INDEX alert_action_alert ON alert_action(alert_id, id);
CREATE INDEX alert_action_undoes ON alert_action(undoes) WHERE undoes IS NOT NULL;
)sql";

// The audit log (AuditLog): who did what and when, appended to and never changed. The triggers
// stop EagleEye and anyone using SQL from rewriting history; the hash chain shows it if they did.
constexpr std::string_view kAuditLog = R"sql(
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '',
  hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

constexpr std::array<std::string_view, 11> kMigrations{
    kVersion1,       kVersion2,      kVersion3, kVersion4,     kVersion5, kVersion6,
    kRulesAndAlerts, kFeatureBlocks, kLearning, kAlertActions, kAuditLog};

}  // namespace

int latestVersion() { return static_cast<int>(kMigrations.size()); }

int versionOf(Database& db) { return static_cast<int>(db.pragmaInt("user_version")); }

void migrate(Database& db, int targetVersion) {
    if (targetVersion > latestVersion())
        throw StoreError("schema version " + std::to_string(targetVersion) + " is newer than this EagleEye knows");
    for (int v = versionOf(db); v < targetVersion; ++v) {
        Transaction tx(db);
        db.exec(kMigrations[static_cast<std::size_t>(v)]);
        db.exec("PRAGMA user_version = " + std::to_string(v + 1));
        tx.commit();
    }
}

}  // namespace eagle::schema
