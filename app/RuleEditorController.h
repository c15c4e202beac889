#pragma once
// The presenter behind the rule editor: the workspace's features and stored rules, saving an
// edited text as new versions and switching rules on and off as undoable commands, version
// histories, and shadow-mode backtests as background jobs that store nothing.

#include "FeatureCatalog.h"
#include "RuleStore.h"
#include "ShadowRun.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class QUndoStack;

namespace eagle {

class JobRunner;

// One rule version a save created, and what the rule said before (nothing for a new rule).
struct SavedVersion {
    std::int64_t id = 0;
    std::string name;
    std::string severity;
    std::optional<std::string> previousText;
};

class RuleEditorController : public QObject {
    Q_OBJECT
public:
    RuleEditorController(JobRunner& jobs, QUndoStack& undo, QObject* parent = nullptr);

    // Loads the workspace's feature catalog and rules in a job: rulesReady with none at once, then
    // catalogReady and rulesReady. Saving, switching and backtesting wait for them.
    void setWorkspace(const QString& path);
    void reloadRules();
    void requestVersions(const QString& name);
    // Parses against the workspace's features and stores each changed rule as its next version
    // (a new rule starts switched off, until a backtest says it is worth running).
    void save(const QString& text);
    void setEnabled(const QString& name, bool enabled);
    void backtest(const QString& text);

    // For the undo commands.
    std::vector<SavedVersion> applySave(const QString& text);
    void takeBack(const std::vector<SavedVersion>& saved);
    void applyEnabled(const QString& name, bool enabled);

signals:
    void catalogReady(const eagle::FeatureCatalog& catalog);
    void rulesReady(const std::vector<eagle::StoredRule>& rules);
    void versionsReady(const QString& name, const std::vector<eagle::StoredRule>& versions);
    void shadowRunReady(const eagle::ShadowRun& run);
    void failed(const QString& reason);

private:
    // Runs work on the open workspace; a failure is reported through failed() and rethrown.
    template <class Work>
    void onStore(Work work);
    template <class Work>
    void showFromStore(Work work);
    void load();
    bool loaded();
    void showChanged(const std::vector<SavedVersion>& saved);

    JobRunner& jobs_;
    QUndoStack& undo_;
    QString path_;
    std::optional<FeatureCatalog> catalog_;
    int generation_ = 0;  // of setWorkspace: a late load of an earlier workspace is dropped
};

}  // namespace eagle
