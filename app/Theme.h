#pragma once
// Light and dark themes: Qt's Fusion style with a light or a dark palette, chosen in View → Theme
// and remembered. Charts keep their own light plotting area, as they are printed and exported.

#include <QString>

class QApplication;

namespace eagle {

enum class Theme { Light, Dark };

Theme savedTheme();
void saveTheme(Theme theme);
void applyTheme(QApplication& app, Theme theme);

}  // namespace eagle
