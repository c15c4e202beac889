#include "BriefingReport.h"

#include "ChartExporter.h"
#include "FeatureNames.h"
#include "InstitutionTypeNames.h"
#include "RadarView.h"
#include "RiskScores.h"
#include "TimeSeriesView.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eagle {
namespace {

// Pages are laid out in logical pixels of 1/96 inch, as the views are on screen: A4 is 794 x 1123.
constexpr double kMargin = 48;
const QColor kText(0x21, 0x25, 0x29);
const QColor kMuted(0x6C, 0x75, 0x7D);
const QColor kRule(0xDE, 0xE2, 0xE6);
const QColor kHeaderFill(0xF1, 0xF3, 0xF5);
const QColor kLentToIt(0x1F, 0x77, 0xB4);     // counterparty lends to the institution
const QColor kBorrowedFromIt(0xE6, 0x7E, 0x22);  // the institution lends to the counterparty

QString str(const std::string& s) { return QString::fromStdString(s); }

QString billions(double cny) { return QLocale().toString(cny / 1e9, 'f', 2); }

struct Column {
    double width;
    Qt::Alignment align = Qt::AlignLeft;
};

class Writer {
    Q_DECLARE_TR_FUNCTIONS(eagle::BriefingReport)

public:
    Writer(const BriefingData& data, QPdfWriter& pdf, QString language)
        : data_(data), pdf_(pdf), language_(std::move(language)), total_(BriefingReport::pageCount(data)) {
        body_ = QGuiApplication::font();
        body_.setPointSizeF(9);
        small_ = body_;
        small_.setPointSizeF(7.5);
        bold_ = body_;
        bold_.setBold(true);
        heading_ = body_;
        heading_.setPointSizeF(13);
        heading_.setBold(true);
        title_ = body_;
        title_.setPointSizeF(20);
        title_.setBold(true);
        mono_ = QFont(QStringLiteral("Monospace"));
        mono_.setStyleHint(QFont::Monospace);
        mono_.setPointSizeF(8);
    }

    bool run() {
        painter_ = ChartExporter::painterFor(&pdf_, true);
        if (!painter_->isActive()) return false;
        page_ = QRectF(0, 0, pdf_.width(), pdf_.height()).adjusted(kMargin, kMargin, -kMargin, -kMargin - 18);
        cover();
        for (const BriefingInstitution& i : data_.institutions) {
            newPage();
            profilePage(i);
            newPage();
            seriesPage(i);
            newPage();
            networkPage(i);
        }
        footer();
        return painter_->end();
    }

private:
    QPainter& p() { return *painter_; }

    void newPage() {
        footer();
        pdf_.newPage();
        ++pageNumber_;
        y_ = page_.top();
    }

    void footer() {
        p().save();
        p().setFont(small_);
        p().setPen(kMuted);
        const QRectF line(page_.left(), page_.bottom() + 10, page_.width(), 14);
        p().drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("EagleEye briefing · market data %1 · as of %2")
                         .arg(str(data_.contentHash), str(data_.day.toString())));
        p().drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(pageNumber_).arg(total_));
        p().restore();
    }

    // Text wrapped to the page width (or a given box width); moves the cursor below it.
    double text(const QString& s, const QFont& font, const QColor& colour = kText, double left = 0, double width = 0) {
        const QRectF box(page_.left() + left, y_, width > 0 ? width : page_.width() - left, page_.bottom() - y_);
        p().setFont(font);
        p().setPen(colour);
        const QRectF used = p().boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s);
        p().drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s);
        y_ += used.height();
        return used.height();
    }

    void heading(const QString& s) {
        y_ += 10;
        text(s, heading_);
        p().setPen(QPen(kRule, 1));
        p().drawLine(QPointF(page_.left(), y_ + 3), QPointF(page_.right(), y_ + 3));
        y_ += 9;
    }

    double rowHeight() const { return QFontMetricsF(body_).height() + 6; }
    // Rows that still fit above the footer, after `reserve` pixels are kept for what follows.
    int rowsLeft(double reserve = 0) const { return std::max(0, int((page_.bottom() - y_ - reserve) / rowHeight()) - 1); }

    void table(const std::vector<Column>& columns, const QStringList& header, const QList<QStringList>& rows,
               double left = 0) {
        const double h = rowHeight();
        const auto row = [&](const QStringList& cells, const QFont& font, const QColor* fill) {
            double x = page_.left() + left;
            double total = 0;
            for (const Column& c : columns) total += c.width;
            if (fill) p().fillRect(QRectF(x, y_, total, h), *fill);
            p().setFont(font);
            p().setPen(kText);
            const QFontMetricsF fm(font);
            for (std::size_t k = 0; k < columns.size(); ++k) {
                const QRectF cell(x + 4, y_, columns[k].width - 8, h);
                const QString value = k < std::size_t(cells.size()) ? cells[qsizetype(k)] : QString();
                p().drawText(cell, (columns[k].align | Qt::AlignVCenter).toInt(), fm.elidedText(value, Qt::ElideRight, cell.width()));
                x += columns[k].width;
            }
            p().setPen(QPen(kRule, 0.8));
            p().drawLine(QPointF(page_.left() + left, y_ + h), QPointF(page_.left() + left + total, y_ + h));
            y_ += h;
        };
        if (!header.isEmpty()) row(header, bold_, &kHeaderFill);
        for (const QStringList& r : rows) row(r, body_, nullptr);
    }

    void keyValues(const QList<QStringList>& rows) {
        table({{150}, {page_.width() - 150}}, {}, rows);
    }

    void chart(const ExportableView& view, const QRectF& box) {
        ChartExporter::paintChart(view, p(), box, box.size().toSize());
        y_ = std::max(y_, box.bottom());
    }

    void cover() {
        ++pageNumber_;
        y_ = page_.top();
        text(tr("Briefing report"), title_);
        y_ += 4;
        QStringList names;
        for (const auto& i : data_.institutions) names << institutionLabel(i.institution);
        text(names.join(QStringLiteral(", ")), heading_, kMuted);
        y_ += 14;
        text(tr("How this report was made, so that it can be reproduced:"), body_);
        y_ += 4;
        const auto runText = [](const std::optional<Run>& run) {
            if (!run) return tr("none");
            return tr("#%1, finished %2; parameters: %3")
                .arg(run->id.value)
                .arg(str(run->finished), run->params.empty() ? tr("defaults") : str(run->params));
        };
        QStringList series;
        for (const std::string& f : data_.seriesFeatures) series << featureDisplayName(f);
        keyValues({
            {tr("Workspace"), QFileInfo(str(data_.workspacePath)).fileName()},
            {tr("Market data hash"), tr("%1 (FNV-1a 64 over every market-data table)").arg(str(data_.contentHash))},
            {tr("Schema version"), QString::number(data_.schemaVersion)},
            {tr("As of"), tr("%1; recent window %2 to %3")
                              .arg(str(data_.day.toString()), str(data_.windowStart.toString()), str(data_.day.toString()))},
            {tr("Profile run"), runText(data_.profileRun)},
            {tr("Rule run"), data_.ruleRun ? runText(data_.ruleRun) : tr("none: no rules have been run on this workspace")},
            {tr("Stress test"), tr("%1; each institution fails alone; exposures outstanding on %2")
                                    .arg(str(data_.stressMethod), str(data_.day.toString()))},
            {tr("Key series"), series.join(QStringLiteral(", "))},
            {tr("Generated"), tr("%1 by EagleEye %2")
                                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                       QCoreApplication::applicationVersion())},
        });
        heading(tr("To reproduce"));
        text(BriefingReport::reproduceCommand(data_, language_), mono_);
        heading(tr("Rules (newest versions)"));
        if (data_.rules.empty()) {
            text(tr("No rules are stored in this workspace."), body_, kMuted);
            return;
        }
        QList<QStringList> rows;
        const int fits = rowsLeft(rowHeight());
        for (const StoredRule& r : data_.rules) {
            if (rows.size() >= fits) break;
            rows << QStringList{str(r.name), QString::number(r.version), str(r.severity),
                                r.enabled ? tr("enabled") : tr("disabled"), str(r.author)};
        }
        const double w = page_.width();
        table({{w * 0.46}, {w * 0.1, Qt::AlignRight}, {w * 0.14}, {w * 0.14}, {w * 0.16}},
              {tr("Rule"), tr("Version"), tr("Severity"), tr("State"), tr("Author")}, rows);
        if (qsizetype(data_.rules.size()) > rows.size())
            text(tr("… and %n more", nullptr, int(data_.rules.size()) - int(rows.size())), body_, kMuted);
    }

    void institutionHeading(const BriefingInstitution& b, const QString& part) {
        text(institutionLabel(b.institution), title_);
        text(tr("%1 — %2").arg(displayName(b.institution.type), part), body_, kMuted);
        y_ += 6;
    }

    void profilePage(const BriefingInstitution& b) {
        institutionHeading(b, tr("profile against peers"));
        const Institution& i = b.institution;
        keyValues({{tr("Type (peer group)"), displayName(i.type)},
                   {tr("Rating"), i.rating.empty() ? tr("unrated") : str(i.rating)},
                   {tr("Region"), i.region.empty() ? tr("n/a") : str(i.region)},
                   {tr("Total assets"), tr("%1 CNY bn").arg(billions(i.totalAssets))},
                   {tr("Capital"), tr("%1 CNY bn").arg(billions(i.capital))}});
        heading(tr("Risk profile, %1 to %2").arg(str(data_.windowStart.toString()), str(data_.day.toString())));
        RadarView radar;
        radar.setAxisLabelProvider([](const std::string& f) { return featureDisplayName(f); });
        radar.setProfile(b.radar);
        const double top = y_;
        chart(radar, QRectF(page_.left(), top, 430, 430));
        y_ = top + 20;
        QList<QStringList> rows;
        for (std::size_t k = 0; k < b.radar.axes.size(); ++k) {
            const auto pct = [k](const std::vector<double>& v) {
                return k < v.size() && std::isfinite(v[k]) ? QString::number(v[k], 'f', 0) : tr("n/a");
            };
            rows << QStringList{featureDisplayName(b.radar.axes[k]), pct(b.radar.institutionPct), pct(b.radar.peerMedianPct)};
        }
        table({{140}, {60, Qt::AlignRight}, {60, Qt::AlignRight}}, {tr("Score"), tr("Institution"), tr("Peers")}, rows, 440);
        y_ += 8;
        text(tr("Scores are 0–100 against institutions of the same type, averaged over the window; the peers' "
                "column is their median. docs/features.md says what drives each score."),
             small_, kMuted, 440, page_.width() - 440);
        y_ = std::max(y_, top + 440);
    }

    void seriesPage(const BriefingInstitution& b) {
        institutionHeading(b, tr("key series"));
        const double gap = 12;
        const int n = std::max<int>(1, int(b.series.size()));
        const double h = std::min(300.0, (page_.bottom() - y_ - gap * n) / n);
        for (const TimeSeriesData& s : b.series) {
            TimeSeriesView view;
            view.setSeries(s);
            chart(view, QRectF(page_.left(), y_, page_.width(), h));
            y_ += gap;
        }
        if (b.series.empty()) text(tr("No profile series in this workspace."), body_, kMuted);
    }

    void neighbourhood(const BriefingInstitution& b, const QRectF& box) {
        p().save();
        p().setPen(QPen(kRule, 1));
        p().drawRect(box);
        const QPointF centre = box.center();
        const double radius = std::min(box.width(), box.height()) / 2 - 46;
        double largest = 1;
        for (const auto& c : b.counterparties) largest = std::max({largest, c.lentToIt, c.borrowedFromIt});
        const auto width = [&](double amount) { return 0.8 + 6.0 * std::sqrt(amount / largest); };
        const auto nodeRadius = [](double assets) { return std::clamp(3.0 + std::log10(std::max(assets, 1e8) / 1e8) * 3.0, 4.0, 16.0); };
        const std::size_t n = b.counterparties.size();
        std::vector<QPointF> at(n);
        for (std::size_t k = 0; k < n; ++k) {
            const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * double(k) / double(std::max<std::size_t>(n, 1));
            at[k] = centre + QPointF(std::cos(angle), std::sin(angle)) * radius;
        }
        // Two strands per counterparty, bent apart: what it lends to the institution and back.
        for (std::size_t k = 0; k < n; ++k) {
            const auto& c = b.counterparties[k];
            const QPointF d = at[k] - centre;
            const QPointF normal = QPointF(-d.y(), d.x()) / std::max(1.0, std::hypot(d.x(), d.y())) * 10.0;
            const auto strand = [&](double amount, const QColor& colour, double side) {
                if (amount <= 0) return;
                QPainterPath path(centre);
                path.quadTo((centre + at[k]) / 2 + normal * side, at[k]);
                p().setPen(QPen(colour, width(amount), Qt::SolidLine, Qt::RoundCap));
                p().setBrush(Qt::NoBrush);
                p().drawPath(path);
            };
            strand(c.lentToIt, kLentToIt, 1);
            strand(c.borrowedFromIt, kBorrowedFromIt, -1);
        }
        p().setFont(small_);
        for (std::size_t k = 0; k < n; ++k) {
            const Institution& i = b.counterparties[k].institution;
            const double r = nodeRadius(i.totalAssets);
            p().setPen(QPen(Qt::white, 1));
            p().setBrush(typeColor(i.type));
            p().drawEllipse(at[k], r, r);
            p().setPen(kText);
            const QPointF out = (at[k] - centre) / std::max(1.0, radius);
            const QRectF label(at[k].x() - 45 + out.x() * 40, at[k].y() - 8 + out.y() * (r + 10), 90, 16);
            p().drawText(label, Qt::AlignCenter, str(i.code));
        }
        const double r = nodeRadius(b.institution.totalAssets) + 4;
        p().setPen(QPen(kText, 2));
        p().setBrush(typeColor(b.institution.type));
        p().drawEllipse(centre, r, r);
        p().setFont(bold_);
        p().drawText(QRectF(centre.x() - 60, centre.y() + r + 2, 120, 16), Qt::AlignCenter, str(b.institution.code));
        // Legend
        p().setFont(small_);
        const auto legend = [&](double y, const QColor& colour, const QString& what) {
            p().setPen(QPen(colour, 3));
            p().drawLine(QPointF(box.left() + 8, y), QPointF(box.left() + 28, y));
            p().setPen(kText);
            p().drawText(QRectF(box.left() + 32, y - 7, box.width() / 2, 14), Qt::AlignLeft | Qt::AlignVCenter, what);
        };
        legend(box.top() + 12, kLentToIt, tr("lends to %1").arg(str(b.institution.code)));
        legend(box.top() + 26, kBorrowedFromIt, tr("borrows from %1").arg(str(b.institution.code)));
        if (n == 0)
            p().drawText(box, Qt::AlignCenter, tr("No money-market counterparties in the window"));
        p().restore();
    }

    void networkPage(const BriefingInstitution& b) {
        institutionHeading(b, tr("network, stress test and alerts"));
        heading(tr("Money-market neighbourhood, %1 to %2").arg(str(data_.windowStart.toString()), str(data_.day.toString())));
        const double top = y_;
        neighbourhood(b, QRectF(page_.left(), top, 330, 300));
        y_ = top;
        QList<QStringList> rows;
        for (const auto& c : b.counterparties)
            rows << QStringList{str(c.institution.code), displayName(c.institution.type), billions(c.lentToIt),
                                billions(c.borrowedFromIt)};
        table({{62}, {98}, {90, Qt::AlignRight}, {96, Qt::AlignRight}},
              {tr("Counterparty"), tr("Type"), tr("Lends to it"), tr("Borrows from it")}, rows, 346);
        y_ += 2;
        text(tr("CNY bn over the window; largest first"), small_, kMuted, 346);
        y_ = std::max(y_, top + 306);

        heading(tr("Stress test: %1 fails").arg(str(b.institution.code)));
        if (!b.stressRan) {
            text(tr("%1 has no exposures on %2: nothing to propagate.")
                     .arg(str(b.institution.code), str(data_.day.toString())),
                 body_, kMuted);
        } else {
            const ContagionResult& r = b.stress;
            text(tr("DebtRank on the exposures of %1: contagion loss %2 CNY bn (shock %3 CNY bn), %n default(s) "
                    "besides it, DebtRank %4, %5 round(s).",
                    nullptr, r.defaults > 0 ? r.defaults - 1 : 0)
                     .arg(str(data_.day.toString()), billions(r.contagionLoss), billions(r.shockLoss),
                          QString::number(r.debtRank, 'f', 4))
                     .arg(int(r.rounds.size()) - 1),
                 body_);
            y_ += 4;
            QList<QStringList> hits;
            for (const auto& h : b.stressHits) {
                if (hits.size() >= 6) break;
                hits << QStringList{str(h.code), QString::number(h.finalDistress, 'f', 4), billions(h.loss),
                                    h.defaulted ? tr("yes") : QString()};
            }
            if (hits.isEmpty())
                text(tr("No other institution loses equity."), body_, kMuted);
            else
                table({{110}, {110, Qt::AlignRight}, {130, Qt::AlignRight}, {90}},
                      {tr("Hit"), tr("Distress"), tr("Loss, CNY bn"), tr("Defaults")}, hits);
        }

        heading(tr("Alerts (newest rule run)"));
        if (b.alerts.empty()) {
            text(data_.ruleRun ? tr("No alerts.") : tr("No rules have been run."), body_, kMuted);
            return;
        }
        QList<QStringList> rows2;
        const int fits = rowsLeft(rowHeight());
        for (const Alert& a : b.alerts) {
            if (rows2.size() >= fits) break;
            rows2 << QStringList{str(a.day.toString()), str(a.endDay.toString()), str(a.severity), str(a.status),
                                 str(a.message)};
        }
        const double w = page_.width();
        table({{80}, {80}, {60}, {80}, {w - 300}},
              {tr("From"), tr("To"), tr("Severity"), tr("Status"), tr("Alert")}, rows2);
        if (qsizetype(b.alerts.size()) > rows2.size())
            text(tr("… and %n more", nullptr, int(b.alerts.size()) - int(rows2.size())), body_, kMuted);
    }

    const BriefingData& data_;
    QPdfWriter& pdf_;
    QString language_;
    int total_;
    int pageNumber_ = 0;
    ExportPainter painter_{nullptr, nullptr};
    QRectF page_;
    double y_ = 0;
    QFont body_, small_, bold_, heading_, title_, mono_;
};

QByteArray xmpMetadata(const BriefingData& data, const QString& title, const QString& language) {
    QStringList codes;
    for (const auto& i : data.institutions) codes << str(i.institution.code);
    const auto esc = [](const QString& s) { return s.toHtmlEscaped().toUtf8(); };
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
           " xmlns:eagleeye=\"urn:eagleeye:briefing:1\">\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(title) + "</rdf:li></rdf:Alt></dc:title>\n"
           "<dc:language><rdf:Bag><rdf:li>" + esc(language) + "</rdf:li></rdf:Bag></dc:language>\n"
           "<eagleeye:contentHash>" + esc(str(data.contentHash)) + "</eagleeye:contentHash>\n"
           "<eagleeye:asOf>" + esc(str(data.day.toString())) + "</eagleeye:asOf>\n"
           "<eagleeye:institutions>" + esc(codes.join(QLatin1Char(','))) + "</eagleeye:institutions>\n"
           "<eagleeye:profileRun>" + QByteArray::number(qlonglong(data.profileRun ? data.profileRun->id.value : 0)) +
           "</eagleeye:profileRun>\n"
           "<eagleeye:ruleRun>" + QByteArray::number(qlonglong(data.ruleRun ? data.ruleRun->id.value : 0)) +
           "</eagleeye:ruleRun>\n"
           "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
}

}  // namespace

QString BriefingReport::reproduceCommand(const BriefingData& data, const QString& language) {
    QStringList codes;
    for (const auto& i : data.institutions) codes << str(i.institution.code);
    return QStringLiteral("eagleeye-cli report %1 --institution %2 --date %3 --lang %4 --out report.pdf")
        .arg(QFileInfo(str(data.workspacePath)).fileName(), codes.join(QLatin1Char(',')), str(data.day.toString()),
             language);
}

std::string BriefingReport::auditDetail(const BriefingData& data) {
    std::string codes;
    for (const auto& i : data.institutions) codes += (codes.empty() ? "" : ",") + i.institution.code;
    return "briefing report on " + codes + " as of " + data.day.toString() + ": " + std::to_string(pageCount(data)) +
           " pages";
}

bool BriefingReport::write(const BriefingData& data, const QString& path, const QString& language, QString* error) {
    QPdfWriter pdf(path);
    pdf.setResolution(ChartExporter::kScreenDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QStringList codes;
    for (const auto& i : data.institutions) codes << str(i.institution.code);
    const QString title = tr("EagleEye briefing: %1").arg(codes.join(QStringLiteral(", ")));
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("EagleEye %1").arg(QCoreApplication::applicationVersion()));
    pdf.setDocumentXmpMetadata(xmpMetadata(data, title, language));
    if (!Writer(data, pdf, language).run()) {
        if (error) *error = tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

}  // namespace eagle
