#pragma once
// A small, dependency-free SVG chart (lines or points, linear or log axes) for the figures that
// eagleeye-cli writes for the documentation; the GUI draws with QCustomPlot instead.

#include <string>
#include <vector>

namespace eagle::cli {

class SvgPlot {
public:
    struct Series {
        std::string label;
        std::vector<double> x, y;
        std::string colour = "#1f5fa8";
        bool points = false;  // markers instead of a line
    };

    SvgPlot(std::string title, std::string xLabel, std::string yLabel);
    void setLogX(bool on) { logX_ = on; }
    void setLogY(bool on) { logY_ = on; }
    // x axis shows dates: x values are days since 1970-01-01.
    void setDateAxis(bool on) { dateAxis_ = on; }
    void add(Series s) { series_.push_back(std::move(s)); }
    // Vertical dashed lines, e.g. quarter ends.
    void addMarker(double x) { markers_.push_back(x); }
    std::string render(int width = 760, int height = 420) const;
    void save(const std::string& path) const;

private:
    std::string title_, xLabel_, yLabel_;
    bool logX_ = false, logY_ = false, dateAxis_ = false;
    std::vector<Series> series_;
    std::vector<double> markers_;
};

}  // namespace eagle::cli
