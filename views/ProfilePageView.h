#pragma once
// The profile page (用户画像): every feature and risk score of the selected institution as of the
// time cursor's day — value, percentile among peers as a bar, and a sparkline of the recent
// weeks. Double-clicking a row shows that feature in the time series. Above the table, once the
// market has been clustered: the institution's strategy cluster, how typical a member it is and
// its nearest peers, each a link that selects that peer.

#include "ExportableView.h"
#include "ProfilePageData.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace eagle {

class ProfilePageModel;

class ProfilePageView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    explicit ProfilePageView(QWidget* parent = nullptr);
    ~ProfilePageView() override;

    // ExportableView: the rows and columns shown, as CSV
    QString exportName() const override;
    DataTable exportTable() const override;

    void setData(ProfilePageData data);
    void clear();
    const ProfilePageData& data() const;
    QTableView* table() const { return table_; }
    QLabel* strategyLabel() const { return strategy_; }

signals:
    void featureActivated(const QString& featureName);
    void institutionActivated(eagle::InstitutionId institution);  // a nearest peer's link

private:
    void showTitle();
    void showStrategy(const std::optional<ProfileStrategy>& strategy);

    QLabel* title_ = nullptr;
    QLabel* strategy_ = nullptr;
    QTableView* table_ = nullptr;
    ProfilePageModel* model_ = nullptr;
};

}  // namespace eagle
