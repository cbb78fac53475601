#pragma once

#include "render/rendertheme.h"

#include <QObject>
#include <QPalette>

namespace cxmap {

/**
 * Light and dark: the widgets' palette (Fusion) and the map's RenderTheme together. "System"
 * uses the desktop's palette and follows it when it changes while cxmap runs (the map turns
 * dark when the desktop's window colour is dark); "Light" and "Dark" are cxmap's own palettes.
 * The choice is kept in the settings.
 */
class AppTheme : public QObject
{
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark };

    explicit AppTheme(QObject *parent = nullptr);
    ~AppTheme() override;

    Choice choice() const { return m_choice; }
    void setChoice(Choice choice);
    bool isDark() const { return m_dark; }
    RenderTheme renderTheme() const;

    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void updateIconColors();

    Choice m_choice = Choice::System;
    bool m_dark = false;
    bool m_applying = false;
};

} // namespace cxmap
