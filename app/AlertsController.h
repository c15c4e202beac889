#pragma once
// The presenter behind the alerts dock: loads the latest rules run's alerts, runs rule files in the
// background, and carries out the analyst's workflow moves and notes as undoable commands on the
// shared undo stack. The dock never sees the store.

#include "AlertStore.h"
#include "AlertTrades.h"

#include <QObject>
#include <QString>

#include <functional>
#include <string>
#include <vector>

class QUndoStack;

namespace eagle {

class JobRunner;

class AlertsController : public QObject {
    Q_OBJECT
public:
    AlertsController(JobRunner& jobs, QUndoStack& undo, QObject* parent = nullptr);

    // Forgets the previous workspace's alerts (and their undo history) and loads this one's.
    void setWorkspace(const QString& path);
    bool hasWorkspace() const { return !path_.isEmpty(); }
    void reload();
    // Parses the file against the workspace's features and runs it as a new rules run: a
    // background job with progress and cancel; rule errors come back through failed().
    void runRules(const QString& rulesFile);
    // The same for the workspace's stored rules that are switched on (the rule editor's).
    void runEnabledRules();

    // Replays the stored trades through the profile engine and the enabled rules: each day's
    // alerts come by replayDay() the moment that day is over, msPerDay apart so that a supervisor
    // can watch the feed fill (0: as fast as possible). Nothing is stored.
    void replay(int msPerDay = 40);

    // Requests from the dock; each becomes one entry of the undo stack.
    void moveAlert(qint64 alertId, AlertStatus to, const QString& note);
    void addNote(qint64 alertId, const QString& note);
    void requestTrail(qint64 alertId);
    // The trades behind the alert, loaded in the background (an episode can span weeks).
    void requestTrades(const AlertRecord& alert);
    void exportCsv(const QString& path, const std::vector<AlertRecord>& alerts);

    // Who the audit trail names: the analyst set in the settings, else the login name.
    static QString analyst();

    // For the undo commands: carry out one action now and report it; throw StoreError when the
    // store refuses. Return the action's id.
    std::int64_t applyMove(std::int64_t alertId, AlertStatus to, const QString& note);
    std::int64_t applyNote(std::int64_t alertId, const QString& note);
    void applyUndo(std::int64_t alertId, std::int64_t actionId);

signals:
    void alertsReady(const std::vector<eagle::AlertRecord>& alerts, const QString& caption);
    void statusChanged(qint64 alertId, eagle::AlertStatus status);
    void trailReady(qint64 alertId, const std::vector<eagle::AlertAction>& trail);
    void tradesReady(qint64 alertId, const eagle::TradesBehind& trades);
    void failed(const QString& reason);
    void exported(const QString& path, int alerts);
    void rulesRun(int alerts);
    void replayStarted(const QString& caption);
    void replayDay(const std::vector<eagle::AlertRecord>& alerts, const QString& caption);
    void replayFinished(int alerts);

private:
    void startRun(const QString& title, const QString& source, std::function<std::string(Store&)> rulesText);
    static std::string enabledRulesText(Store& store);

    JobRunner& jobs_;
    QUndoStack& undo_;
    QString path_;
    int generation_ = 0;  // only the newest load is shown
};

}  // namespace eagle
