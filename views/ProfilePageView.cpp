#include "ProfilePageView.h"

#include "LiveTexts.h"
#include "ProfilePageModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {
constexpr char kPeerLink[] = "institution:";  // a nearest peer's link: institution:<id>

// Low percentiles in blue, the middle grey, high in red: "high" is where a risk feature stands
// out, and the colour says so before the number is read.
QColor percentileColour(double p) {
    const double t = std::clamp(p / 100.0, 0.0, 1.0);
    const QColor low(0x3B, 0x82, 0xC4), mid(0xAD, 0xB5, 0xBD), high(0xD6, 0x33, 0x2A);
    const auto mix = [](const QColor& a, const QColor& b, double f) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                                float(a.blueF() + (b.blueF() - a.blueF()) * f));
    };
    return t < 0.5 ? mix(low, mid, t * 2) : mix(mid, high, (t - 0.5) * 2);
}

class PercentileBarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyledItemDelegate::paint(p, option, QModelIndex());  // background and selection only
        const double pct = index.data(Qt::UserRole).toDouble();
        const QRect r = option.rect.adjusted(4, 4, -4, -4);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xF1, 0xF3, 0xF5));
        p->drawRoundedRect(r, 2, 2);
        if (std::isfinite(pct)) {
            QRect bar = r;
            bar.setWidth(std::max(1, int(r.width() * pct / 100.0)));
            p->setBrush(percentileColour(pct));
            p->drawRoundedRect(bar, 2, 2);
            p->setPen(QColor(0x21, 0x25, 0x29));
            p->drawLine(r.center().x(), r.top(), r.center().x(), r.bottom());  // the peer median
        }
        p->setPen(option.palette.color(QPalette::Text));
        p->drawText(r.adjusted(0, 0, -2, 0), Qt::AlignRight | Qt::AlignVCenter, index.data().toString());
        p->restore();
    }
};

class SparklineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyledItemDelegate::paint(p, option, QModelIndex());
        const auto values = index.data(Qt::UserRole).value<QList<double>>();
        double lo = INFINITY, hi = -INFINITY;
        for (double v : values)
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
        if (values.size() < 2 || !std::isfinite(lo)) return;
        const QRectF r = QRectF(option.rect).adjusted(4, 4, -4, -4);
        const double span = hi > lo ? hi - lo : 1.0;
        const auto point = [&](qsizetype i) {
            return QPointF(r.left() + r.width() * double(i) / double(values.size() - 1),
                           r.bottom() - r.height() * (values[i] - lo) / span);
        };
        QPainterPath path;
        bool drawing = false;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!std::isfinite(values[i])) {
                drawing = false;
                continue;
            }
            drawing ? path.lineTo(point(i)) : path.moveTo(point(i));
            drawing = true;
        }
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(QColor(0x1F, 0x4E, 0x79), 1.3));
        p->drawPath(path);
        if (std::isfinite(values.back())) {  // the day shown
            p->setBrush(QColor(0xD6, 0x33, 0x2A));
            p->setPen(Qt::NoPen);
            p->drawEllipse(point(values.size() - 1), 2.5, 2.5);
        }
        p->restore();
    }
};

}  // namespace

ProfilePageView::ProfilePageView(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel(this)),
      strategy_(new QLabel(this)),
      table_(new QTableView(this)),
      model_(new ProfilePageModel(this)) {
    title_->setWordWrap(true);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    strategy_->setObjectName(QStringLiteral("profileStrategy"));
    strategy_->setWordWrap(true);
    strategy_->setTextFormat(Qt::RichText);
    strategy_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(strategy_, &QLabel::linkActivated, this, [this](const QString& link) {
        bool ok = false;
        const qint64 id = link.mid(int(std::size(kPeerLink)) - 1).toLongLong(&ok);
        if (link.startsWith(QLatin1String(kPeerLink)) && ok) emit institutionActivated(InstitutionId(id));
    });
    table_->setObjectName(QStringLiteral("profilePageTable"));
    table_->setModel(model_);
    table_->setItemDelegateForColumn(ProfilePageModel::Percentile, new PercentileBarDelegate(table_));
    table_->setItemDelegateForColumn(ProfilePageModel::History, new SparklineDelegate(table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(22);
    table_->horizontalHeader()->setSectionResizeMode(ProfilePageModel::Feature, QHeaderView::Stretch);
    table_->setColumnWidth(ProfilePageModel::Percentile, 120);
    table_->setColumnWidth(ProfilePageModel::History, 130);
    table_->setAlternatingRowColors(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title_);
    layout->addWidget(strategy_);
    layout->addWidget(table_, 1);
    connect(table_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const auto& rows = model_->pageData().rows;
        if (index.isValid() && index.row() < int(rows.size())) emit featureActivated(rows[std::size_t(index.row())].featureName);
    });
    // The rows' labels come with the data, which the app loads again in a new language.
    (new LiveTexts(this))->add(this, [this] {
        if (model_->pageData().institution.valid())
            showTitle();
        else
            clear();
        emit model_->headerDataChanged(Qt::Horizontal, 0, model_->columnCount() - 1);
    });
}

ProfilePageView::~ProfilePageView() = default;

void ProfilePageView::setData(ProfilePageData data) {
    model_->setData(std::move(data));
    showTitle();
    table_->resizeColumnToContents(ProfilePageModel::Family);
    table_->resizeColumnToContents(ProfilePageModel::Value);
}

// The title and the strategy line, from the data shown (again after a change of language).
void ProfilePageView::showTitle() {
    const ProfilePageData& data = model_->pageData();
    title_->setText(tr("%1 as of %2 — against %3").arg(data.institutionLabel, QString::fromStdString(data.day.toString()),
                                                       data.peerLabel));
    showStrategy(data.strategy);
}

void ProfilePageView::clear() {
    model_->setData({});
    title_->setText(tr("Select an institution to see its profile"));
    showStrategy(std::nullopt);
}

void ProfilePageView::showStrategy(const std::optional<ProfileStrategy>& strategy) {
    strategy_->setVisible(strategy.has_value());
    if (!strategy) return strategy_->clear();
    const ProfileStrategy& s = *strategy;
    QStringList peers;
    for (const auto& [id, label] : s.peers)
        peers << QStringLiteral("<a href=\"%1%2\">%3</a>").arg(QLatin1String(kPeerLink)).arg(id.value).arg(label.toHtmlEscaped());
    QString text = tr("Strategy: cluster %1 · %2 (%n members)", nullptr, s.clusterSize)
                       .arg(s.cluster)
                       .arg(s.name.toHtmlEscaped());
    text += QStringLiteral("<br>") +
            tr("Distance to its centre %1, more atypical than %2% of its cluster")
                .arg(QLocale().toString(s.distance, 'f', 2))
                .arg(QLocale().toString(s.distancePercentile, 'f', 0));
    if (!peers.isEmpty()) text += QStringLiteral("<br>") + tr("Nearest peers: %1").arg(peers.join(QStringLiteral(", ")));
    if (s.movedOn)
        text += QStringLiteral("<br><span style=\"color:#D6332A\">%1</span>")
                    .arg(tr("Its behaviour moved to another cluster from %1").arg(QString::fromStdString(s.movedOn->toString())));
    strategy_->setText(text);
}

const ProfilePageData& ProfilePageView::data() const { return model_->pageData(); }

QString ProfilePageView::exportName() const { return title_->text(); }

DataTable ProfilePageView::exportTable() const { return DataTable::fromView(*table_); }

}  // namespace eagle
