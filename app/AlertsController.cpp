#include "AlertsController.h"

#include "AlertCommands.h"
#include "AlertCsv.h"
#include "AlertReplay.h"
#include "ExportAudit.h"
#include "JobRunner.h"
#include "RuleFile.h"
#include "RuleParser.h"
#include "RuleRunner.h"
#include "RuleWorkspace.h"
#include "TradeReplay.h"

#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QUndoStack>

#include <chrono>
#include <thread>
#include <unordered_map>

namespace eagle {
namespace {

struct LoadedAlerts {
    std::vector<AlertRecord> alerts;
    std::optional<Run> run;
};

// A rules run's outcome: the alerts stored, or the rule file's problems (nothing stored).
struct RulesOutcome {
    std::vector<RuleError> errors;
    std::int64_t alerts = 0;
};

}  // namespace

AlertsController::AlertsController(JobRunner& jobs, QUndoStack& undo, QObject* parent)
    : QObject(parent), jobs_(jobs), undo_(undo) {}

QString AlertsController::analyst() {
    const QString configured = QSettings().value(QStringLiteral("analyst/name")).toString();
    if (!configured.isEmpty()) return configured;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? tr("analyst") : user;
}

void AlertsController::setWorkspace(const QString& path) {
    path_ = path;
    undo_.clear();  // the commands refer to the previous workspace's alerts
    reload();
}

void AlertsController::reload() {
    if (path_.isEmpty()) return;
    const int generation = ++generation_;
    const std::string file = path_.toStdString();
    jobs_.start<LoadedAlerts>(
        tr("Loading alerts"),
        [file](JobContext&) {
            Store store = Store::openReadOnly(file);
            LoadedAlerts loaded;
            loaded.run = ResultStore(store).latestRun(kRuleRunKind);
            if (loaded.run) loaded.alerts = AlertStore(store).records(loaded.run->id);
            return loaded;
        },
        [this, generation](LoadedAlerts loaded) {
            if (generation != generation_) return;
            const QString caption = loaded.run ? tr("Rules run %1 of %2")
                                                     .arg(loaded.run->id.value)
                                                     .arg(QString::fromStdString(loaded.run->started.substr(0, 10)))
                                               : tr("No rules run yet");
            emit alertsReady(loaded.alerts, caption);
        });
}

void AlertsController::runRules(const QString& rulesFile) {
    const std::string rules = rulesFile.toStdString();
    startRun(tr("Running the rules of %1").arg(QFileInfo(rulesFile).fileName()), QFileInfo(rulesFile).fileName(),
             [rules](Store&) { return readRuleFile(rules); });
}

void AlertsController::runEnabledRules() {
    startRun(tr("Running the enabled rules"), tr("enabled rules"), &AlertsController::enabledRulesText);
}

std::string AlertsController::enabledRulesText(Store& store) {
    std::string text;
    for (const StoredRule& r : RuleStore(store).rules())
        if (r.enabled) text += r.text + "\n";
    if (text.empty()) throw std::runtime_error("no rule is switched on (Rules → Edit rules…)");
    return text;
}

void AlertsController::replay(int msPerDay) {
    if (path_.isEmpty()) return;
    ++generation_;  // a reload answering late must not overwrite the feed
    emit replayStarted(tr("Replay"));
    const std::string file = path_.toStdString();
    QPointer<AlertsController> self(this);
    jobs_.start<int>(
        tr("Replaying the market with the enabled rules"),
        [file, msPerDay, self](JobContext& job) {
            Store store = Store::openReadOnly(file);
            const FeatureCatalog catalog = RuleWorkspace::catalogOf(store);
            const RuleSet rules = RuleParser(catalog).parse(enabledRulesText(store));
            if (!rules.ok()) throw std::runtime_error(rules.errors.front().toString());
            std::unordered_map<std::int64_t, std::string> codeOf;
            for (const Institution& i : store.institutions()) codeOf[i.id.value] = i.code;
            const auto days = store.tradingDays();
            int done = 0, fired = 0;
            AlertReplay alerts(store, catalog, rules, [&](Date day, std::vector<ReplayAlert> today) {
                std::vector<AlertRecord> records;
                for (ReplayAlert& a : today) {
                    const std::string code = codeOf[a.alert.institution.value];
                    records.push_back({std::move(a.alert), a.rule, 0, code});
                }
                fired += int(records.size());
                const QString caption = tr("Replay to %1").arg(QString::fromStdString(day.toString()));
                QMetaObject::invokeMethod(
                    self,
                    [self, records = std::move(records), caption] {
                        if (self) emit self->replayDay(records, caption);
                    },
                    Qt::QueuedConnection);
                if (job.progress)
                    job.progress(double(++done) / double(std::max<std::size_t>(1, days.size())), "replaying");
                if (msPerDay > 0) std::this_thread::sleep_for(std::chrono::milliseconds(msPerDay));
            });
            TradeReplay replay(store);
            replay.addListener([&](const Trade& t) { alerts.add(t); });
            replay.run(job.stop);
            throwIfStopped(job.stop);
            alerts.finish();
            return fired;
        },
        [this](int fired) { emit replayFinished(fired); });
}

void AlertsController::startRun(const QString& title, const QString& source,
                                std::function<std::string(Store&)> rulesText) {
    if (path_.isEmpty()) return;
    const std::string file = path_.toStdString();
    const std::string author = analyst().toStdString();
    jobs_.start<RulesOutcome>(
        title,
        [file, author, rulesText](JobContext& job) {
            Store store = Store::open(file);
            const RuleSet set = RuleParser(RuleWorkspace::catalogOf(store)).parse(rulesText(store));
            RulesOutcome outcome;
            if (!set.ok()) {
                outcome.errors = set.errors;
                return outcome;
            }
            outcome.alerts = eagle::runRules(store, set, author, 1, job.stop, job.progress).alerts;
            return outcome;
        },
        [this, source](RulesOutcome outcome) {
            if (!outcome.errors.empty()) {
                QStringList lines;
                for (const RuleError& e : outcome.errors)
                    lines << QStringLiteral("%1: %2").arg(source, QString::fromStdString(e.toString()));
                emit failed(
                    tr("The rules have %n problem(s); nothing was run.\n%1", nullptr, int(outcome.errors.size()))
                        .arg(lines.join(QLatin1Char('\n'))));
                return;
            }
            emit rulesRun(int(outcome.alerts));
            reload();
        });
}

void AlertsController::moveAlert(qint64 alertId, AlertStatus to, const QString& note) {
    undo_.push(new MoveAlertCommand(*this, alertId, to, note));
}

void AlertsController::addNote(qint64 alertId, const QString& note) {
    undo_.push(new AddAlertNoteCommand(*this, alertId, note));
}

void AlertsController::requestTrail(qint64 alertId) {
    if (path_.isEmpty()) return;
    // A handful of rows: read on the spot, so the trail shows with the alert.
    try {
        Store store = Store::openReadOnly(path_.toStdString());
        emit trailReady(alertId, AlertStore(store).history(alertId));
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
    }
}

void AlertsController::requestTrades(const AlertRecord& alert) {
    if (path_.isEmpty()) return;
    const std::string file = path_.toStdString();
    const Alert a = alert.alert;
    jobs_.start<TradesBehind>(
        tr("Loading the trades behind alert %1").arg(a.id),
        [file, a](JobContext&) {
            Store store = Store::openReadOnly(file);
            return tradesBehind(store, a.institution, a.day, a.endDay);
        },
        [this, id = a.id](TradesBehind trades) { emit tradesReady(id, trades); });
}

void AlertsController::exportCsv(const QString& path, const std::vector<AlertRecord>& alerts) {
    try {
        writeAlertsCsv(path.toStdString(), alerts);
        recordExport(jobs_, path_.toStdString(), path, "alerts: " + std::to_string(alerts.size()) + " rows");
        emit exported(path, int(alerts.size()));
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
    }
}

std::int64_t AlertsController::applyMove(std::int64_t alertId, AlertStatus to, const QString& note) {
    try {
        Store store = Store::open(path_.toStdString());
        const std::int64_t action =
            AlertStore(store).changeStatus(alertId, to, analyst().toStdString(), note.toStdString());
        emit statusChanged(alertId, to);
        requestTrail(alertId);
        return action;
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        throw;
    }
}

std::int64_t AlertsController::applyNote(std::int64_t alertId, const QString& note) {
    try {
        Store store = Store::open(path_.toStdString());
        const std::int64_t action = AlertStore(store).addNote(alertId, analyst().toStdString(), note.toStdString());
        requestTrail(alertId);
        return action;
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        throw;
    }
}

void AlertsController::applyUndo(std::int64_t alertId, std::int64_t actionId) {
    try {
        Store store = Store::open(path_.toStdString());
        AlertStore alerts(store);
        alerts.undo(actionId, analyst().toStdString());
        emit statusChanged(alertId, alerts.status(alertId));
        requestTrail(alertId);
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        throw;
    }
}

}  // namespace eagle
