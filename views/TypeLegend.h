#pragma once
// A compact painted legend (colour swatch + text per entry) that floats over a chart or scene.

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

namespace eagle {

class TypeLegend : public QWidget {
    Q_OBJECT
public:
    enum class Shape { Disc, Arrow };
    struct Entry {
        QColor colour;
        QString text;
        Shape shape = Shape::Disc;
    };

    explicit TypeLegend(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setEntries(std::vector<Entry> entries);
    // Entries flow top to bottom, then into the next column.
    void setColumns(int columns);
    const std::vector<Entry>& entries() const { return entries_; }

    QSize sizeHint() const override;
    // The size this legend would take with these contents, in its font; changes nothing.
    QSize sizeHintFor(const QString& title, const std::vector<Entry>& entries, int columns) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rows() const;
    int columnWidth(const std::vector<Entry>& entries) const;

    QString title_;
    int columns_ = 1;
    std::vector<Entry> entries_;
};

}  // namespace eagle
