#pragma once
// The alerts dock: a rules run's alerts in a sortable table with filters (severity, status, rule,
// institution, days), the chosen alert's evidence and audit trail, and the analyst's actions —
// move it along the workflow, add a note, export what is shown to CSV. It only shows and asks:
// the app carries the requests out and reports back.

#include "AlertStore.h"
#include "AlertTrades.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace eagle {

class AlertFilterModel;
class AlertTableModel;

class AlertsView : public QWidget {
    Q_OBJECT
public:
    explicit AlertsView(QWidget* parent = nullptr);

    // A new list (another run, or the first): filters offer its rules and days and show all.
    void setAlerts(std::vector<AlertRecord> alerts, const QString& caption = {});
    // More alerts as they appear (a replay's, which are not stored: id 0, no workflow).
    void appendAlerts(std::vector<AlertRecord> alerts, const QString& caption);
    void setAlertStatus(std::int64_t alertId, AlertStatus status);
    // The audit trail of an alert, shown when it is the current one.
    void setTrail(std::int64_t alertId, std::vector<AlertAction> trail);
    // The trades behind an alert (its institution's, on the days of the episode), when current.
    void setTrades(std::int64_t alertId, const TradesBehind& trades);

    // Shows every alert of this severity (empty: of any severity), the other filters cleared.
    void showSeverity(const QString& severity);
    std::optional<AlertRecord> currentAlert() const;
    bool selectAlert(std::int64_t alertId);
    // The alerts the filters let through, in the table's order.
    std::vector<AlertRecord> visibleAlerts() const;
    int alertCount() const;
    AlertFilterModel& filter() { return *proxy_; }
    // Asks the app to write the visible alerts to path (what the Export button does after asking).
    void exportTo(const QString& path);

signals:
    // The analyst chose an alert (clicked, keyed or selected by the app).
    void alertChosen(const eagle::AlertRecord& alert);
    // The detail shows an alert (chosen or loaded): its audit trail is wanted (setTrail).
    void trailRequested(qint64 alertId);
    void tradesRequested(const eagle::AlertRecord& alert);
    void moveRequested(qint64 alertId, eagle::AlertStatus to, const QString& note);
    void noteRequested(qint64 alertId, const QString& note);
    void exportRequested(const QString& path, const std::vector<eagle::AlertRecord>& alerts);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showTradesTabText();
    QWidget* createFilterBar();
    QWidget* createDetail();
    void applyFilters();
    void onCurrentChanged();
    void updateActions();
    void showDetail();
    void requestMove(AlertStatus to);

    AlertTableModel* model_;
    AlertFilterModel* proxy_;
    QComboBox* severity_ = nullptr;
    QComboBox* status_ = nullptr;
    QComboBox* rule_ = nullptr;
    QLineEdit* institution_ = nullptr;
    QDateEdit* from_ = nullptr;
    QDateEdit* to_ = nullptr;
    QLabel* count_ = nullptr;
    QLabel* fromLabel_ = nullptr;
    QLabel* toLabel_ = nullptr;
    QTableView* table_ = nullptr;
    QTextBrowser* detail_ = nullptr;
    QTabWidget* detailTabs_ = nullptr;
    QTableWidget* trades_ = nullptr;
    QLineEdit* note_ = nullptr;
    QPushButton* review_ = nullptr;
    QPushButton* escalate_ = nullptr;
    QPushButton* close_ = nullptr;
    QPushButton* addNote_ = nullptr;
    QPushButton* export_ = nullptr;
    QString caption_;
    bool quiet_ = false;  // selecting on load, not by the analyst
    std::int64_t trailOf_ = 0;
    std::vector<AlertAction> trail_;
    std::int64_t tradesShownOf_ = 0;  // the alert whose trades the Trades tab lists
    TradesBehind tradesShown_;
};

}  // namespace eagle
