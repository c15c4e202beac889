#include "RuleEditorController.h"

#include "AlertsController.h"
#include "JobRunner.h"
#include "RuleBacktest.h"
#include "RuleCommands.h"
#include "RuleEvaluator.h"
#include "RuleParser.h"
#include "RuleWorkspace.h"

#include <QPointer>
#include <QUndoStack>

#include <unordered_map>

namespace eagle {
namespace {

std::string utf8(const QString& s) {
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), std::size_t(b.size()));
}

}  // namespace

RuleEditorController::RuleEditorController(JobRunner& jobs, QUndoStack& undo, QObject* parent)
    : QObject(parent), jobs_(jobs), undo_(undo) {}

template <class Work>
void RuleEditorController::onStore(Work work) {
    try {
        if (path_.isEmpty()) throw StoreError("no workspace is open");
        Store store = Store::open(path_.toStdString());
        work(store);
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        throw;
    }
}

// For requests that only show something: the failure has been reported, nothing to take back.
template <class Work>
void RuleEditorController::showFromStore(Work work) {
    try {
        onStore(work);
    } catch (const std::exception&) {
    }
}

void RuleEditorController::setWorkspace(const QString& path) {
    path_ = path;
    load();
}

// Read in the background: opening a workspace must not wait for the store on the GUI thread. Until
// the rules arrive the list is empty, so that nothing shown of the previous workspace can be
// switched on or off in this one.
void RuleEditorController::load() {
    catalog_.reset();
    emit rulesReady({});
    struct Loaded {
        FeatureCatalog catalog;
        std::vector<StoredRule> rules;
    };
    const int generation = ++generation_;
    jobs_.start<Loaded>(
        tr("Loading rules"),
        [file = path_.toStdString()](JobContext&) {
            Store store = Store::openReadOnly(file);
            FeatureCatalog catalog = RuleWorkspace::catalogOf(store);
            // Before any profile run the workspace defines no features: check against the profile's.
            return Loaded{catalog.names().empty() ? FeatureCatalog::profileFeatures() : std::move(catalog),
                          RuleStore(store).rules()};
        },
        [self = QPointer(this), generation](Loaded loaded) {
            // Superseded: another workspace was opened, or the load started again, meanwhile.
            if (!self || generation != self->generation_) return;
            self->catalog_ = std::move(loaded.catalog);
            emit self->catalogReady(*self->catalog_);
            emit self->rulesReady(loaded.rules);
        });
}

void RuleEditorController::reloadRules() {
    showFromStore([this](Store& store) { emit rulesReady(RuleStore(store).rules()); });
}

// The rules are loaded: or else the user is told, and a load that was cancelled or failed is
// started again.
bool RuleEditorController::loaded() {
    if (catalog_) return true;
    if (path_.isEmpty()) return false;
    emit failed(tr("The workspace's rules are still loading: try again in a moment."));
    load();
    return false;
}

void RuleEditorController::requestVersions(const QString& name) {
    if (!catalog_) return;  // nothing is listed to ask about until the rules are loaded
    showFromStore([&](Store& store) { emit versionsReady(name, RuleStore(store).versions(utf8(name))); });
}

void RuleEditorController::save(const QString& text) {
    if (loaded()) undo_.push(new SaveRulesCommand(*this, text));
}

void RuleEditorController::setEnabled(const QString& name, bool enabled) {
    if (loaded()) undo_.push(new EnableRuleCommand(*this, name, enabled));
}

std::vector<SavedVersion> RuleEditorController::applySave(const QString& text) {
    std::vector<SavedVersion> saved;
    onStore([&](Store& store) {
        if (!catalog_) throw StoreError("the workspace's features are not known");
        const RuleSet rules = RuleParser(*catalog_).parse(utf8(text));
        if (!rules.ok()) throw StoreError("the rules have problems: " + rules.errors.front().toString());
        RuleStore stored(store);
        Transaction tx(store.database());
        for (const CompiledRule& r : rules.rules) {
            const auto before = stored.versions(r.name);
            const std::int64_t id =
                stored.saveRule(r.name, r.text, nameOf(r.severity), utf8(AlertsController::analyst()), false);
            if (!before.empty() && before.front().id == id) continue;  // unchanged
            saved.push_back({id, r.name, nameOf(r.severity),
                             before.empty() ? std::nullopt : std::optional<std::string>(before.front().text)});
        }
        tx.commit();
    });
    showChanged(saved);
    return saved;
}

void RuleEditorController::takeBack(const std::vector<SavedVersion>& saved) {
    onStore([&](Store& store) {
        RuleStore stored(store);
        Transaction tx(store.database());
        for (const SavedVersion& v : saved) {
            if (stored.removeVersion(v.id)) continue;
            // Alerts already point at the new wording: keep it, and put the old one back on top.
            if (v.previousText)
                stored.saveRule(v.name, *v.previousText, v.severity, utf8(AlertsController::analyst()));
            else
                stored.setEnabled(v.id, false);
        }
        tx.commit();
    });
    showChanged(saved);
}

void RuleEditorController::showChanged(const std::vector<SavedVersion>& saved) {
    reloadRules();
    for (const SavedVersion& v : saved) requestVersions(QString::fromStdString(v.name));
}

void RuleEditorController::applyEnabled(const QString& name, bool enabled) {
    onStore([&](Store& store) {
        RuleStore stored(store);
        const auto versions = stored.versions(utf8(name));
        if (versions.empty()) throw StoreError("no rule named '" + utf8(name) + "'");
        stored.setEnabled(versions.front().id, enabled);
    });
    reloadRules();
    requestVersions(name);
}

void RuleEditorController::backtest(const QString& text) {
    if (!loaded()) return;
    const std::string file = path_.toStdString();
    const std::string source = utf8(text);
    const FeatureCatalog catalog = *catalog_;
    jobs_.start<ShadowRun>(
        tr("Backtesting rules (shadow mode)"),
        [file, source, catalog](JobContext& job) {
            Store store = Store::openReadOnly(file);
            const RuleSet rules = RuleParser(catalog).parse(source);
            if (!rules.ok()) throw std::runtime_error(rules.errors.front().toString());
            if (job.progress) job.progress(0.0, "loading the features the rules read");
            const RuleWorkspace workspace = RuleWorkspace::load(store, &rules);
            throwIfStopped(job.stop);
            if (job.progress) job.progress(0.6, "evaluating");
            const auto hits = RuleEvaluator(workspace.inputs()).run(rules, 1, job.stop);
            const auto events = store.riskEvents();
            const RuleBacktest backtest;
            ShadowRun run;
            run.report = backtest.run(workspace, rules, events, hits);
            run.institutions = int(workspace.institutions().size());
            run.days = int(workspace.days().size());
            for (std::size_t i = 0; i < hits.size(); ++i) {
                const RuleHit& hit = hits[i];
                const Alert a = workspace.toAlert(hit, rules.rules[hit.rule]);
                run.alerts.push_back({QString::fromStdString(rules.rules[hit.rule].name),
                                      QString::fromStdString(workspace.institutions()[hit.institution].code), a.day,
                                      a.endDay, run.report.hitCaught[i] != 0, QString::fromStdString(a.message)});
            }
            return run;
        },
        [this](ShadowRun run) { emit shadowRunReady(run); });
}

}  // namespace eagle
