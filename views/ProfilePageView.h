#pragma once
// The profile page (用户画像): every feature and risk score of the selected institution as of the
// time cursor's day — value, percentile among peers as a bar, and a sparkline of the recent
// weeks. Double-clicking a row shows that feature in the time series.

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

signals:
    void featureActivated(const QString& featureName);

private:
    QLabel* title_ = nullptr;
    QTableView* table_ = nullptr;
    ProfilePageModel* model_ = nullptr;
};

}  // namespace eagle
