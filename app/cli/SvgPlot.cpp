#include "SvgPlot.h"

#include "Date.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace eagle::cli {
namespace {

struct Axis {
    double lo = 0, hi = 1;
    bool log = false;
    double map(double v, double from, double to) const {
        const double a = log ? std::log10(lo) : lo, b = log ? std::log10(hi) : hi;
        const double t = ((log ? std::log10(v) : v) - a) / (b - a);
        return from + t * (to - from);
    }
    std::vector<double> ticks() const {
        std::vector<double> out;
        if (log) {
            for (double p = std::floor(std::log10(lo)); p <= std::ceil(std::log10(hi)); ++p)
                if (std::pow(10, p) >= lo && std::pow(10, p) <= hi) out.push_back(std::pow(10, p));
            return out;
        }
        const double raw = (hi - lo) / 6, mag = std::pow(10, std::floor(std::log10(raw)));
        const double step = raw / mag < 2 ? 2 * mag : raw / mag < 5 ? 5 * mag : 10 * mag;
        for (double v = std::ceil(lo / step) * step; v <= hi + 1e-12; v += step) out.push_back(v);
        return out;
    }
};

std::string number(double v) {
    std::ostringstream s;
    if (std::abs(v) >= 1e4 || (std::abs(v) < 1e-2 && v != 0)) s << std::setprecision(0) << std::scientific << v;
    else s << std::setprecision(4) << v;
    return s.str();
}

std::string escape(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : std::string(1, c);
    return out;
}

}  // namespace

SvgPlot::SvgPlot(std::string title, std::string xLabel, std::string yLabel)
    : title_(std::move(title)), xLabel_(std::move(xLabel)), yLabel_(std::move(yLabel)) {}

std::string SvgPlot::render(int width, int height) const {
    Axis x{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(), logX_};
    Axis y{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(), logY_};
    for (const auto& s : series_)
        for (std::size_t i = 0; i < s.x.size(); ++i) {
            if ((logX_ && s.x[i] <= 0) || (logY_ && s.y[i] <= 0)) continue;
            x.lo = std::min(x.lo, s.x[i]), x.hi = std::max(x.hi, s.x[i]);
            y.lo = std::min(y.lo, s.y[i]), y.hi = std::max(y.hi, s.y[i]);
        }
    if (x.lo >= x.hi || y.lo >= y.hi) throw std::runtime_error("plot '" + title_ + "' has no data to draw");
    if (!logY_) {
        const double pad = (y.hi - y.lo) * 0.05;
        y.lo -= pad, y.hi += pad;
    }
    const double left = 70, right = width - 20.0, top = 40, bottom = height - 50.0;
    std::ostringstream svg;
    svg << "<svg xmlns='http://www.w3.org/2000/svg' width='" << width << "' height='" << height
        << "' font-family='sans-serif' font-size='12'>\n<rect width='100%' height='100%' fill='white'/>\n";
    svg << "<text x='" << width / 2 << "' y='22' text-anchor='middle' font-size='15' font-weight='bold'>"
        << escape(title_) << "</text>\n";
    for (double t : x.ticks()) {
        const double px = x.map(t, left, right);
        const std::string label = dateAxis_ ? Date(static_cast<std::int32_t>(t)).toString() : number(t);
        svg << "<line x1='" << px << "' y1='" << top << "' x2='" << px << "' y2='" << bottom << "' stroke='#eee'/>"
            << "<text x='" << px << "' y='" << bottom + 16 << "' text-anchor='middle'>" << label << "</text>\n";
    }
    for (double t : y.ticks()) {
        const double py = y.map(t, bottom, top);
        svg << "<line x1='" << left << "' y1='" << py << "' x2='" << right << "' y2='" << py << "' stroke='#eee'/>"
            << "<text x='" << left - 6 << "' y='" << py + 4 << "' text-anchor='end'>" << number(t) << "</text>\n";
    }
    for (double m : markers_)
        if (m >= x.lo && m <= x.hi) {
            const double px = x.map(m, left, right);
            svg << "<line x1='" << px << "' y1='" << top << "' x2='" << px << "' y2='" << bottom
                << "' stroke='#c0392b' stroke-dasharray='4,3'/>\n";
        }
    svg << "<rect x='" << left << "' y='" << top << "' width='" << right - left << "' height='" << bottom - top
        << "' fill='none' stroke='#555'/>\n";
    int legendY = static_cast<int>(top) + 16;
    for (const auto& s : series_) {
        std::ostringstream path;
        for (std::size_t i = 0; i < s.x.size(); ++i) {
            if ((logX_ && s.x[i] <= 0) || (logY_ && s.y[i] <= 0)) continue;
            const double px = x.map(s.x[i], left, right), py = y.map(s.y[i], bottom, top);
            if (s.points) svg << "<circle cx='" << px << "' cy='" << py << "' r='2.5' fill='" << s.colour << "'/>";
            else path << (path.tellp() == 0 ? "M" : "L") << px << "," << py << " ";
        }
        if (!s.points) svg << "<path d='" << path.str() << "' fill='none' stroke='" << s.colour << "' stroke-width='1.5'/>\n";
        svg << "<text x='" << right - 8 << "' y='" << legendY << "' text-anchor='end' fill='" << s.colour << "'>"
            << escape(s.label) << "</text>\n";
        legendY += 16;
    }
    svg << "<text x='" << (left + right) / 2 << "' y='" << height - 10 << "' text-anchor='middle'>" << escape(xLabel_)
        << "</text>\n<text transform='translate(16," << (top + bottom) / 2
        << ") rotate(-90)' text-anchor='middle'>" << escape(yLabel_) << "</text>\n</svg>\n";
    return svg.str();
}

void SvgPlot::save(const std::string& path) const {
    std::ofstream out(path);
    if (!out) throw std::runtime_error("cannot write " + path);
    out << render();
}

}  // namespace eagle::cli
