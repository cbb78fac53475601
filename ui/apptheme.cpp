#include "apptheme.h"

#include "icons.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace cxmap {

namespace {

const QString SettingsKey = QStringLiteral("view/theme");

void setColor(QPalette &palette, QPalette::ColorRole role, const QColor &color, const QColor &disabled)
{
    palette.setColor(QPalette::Active, role, color);
    palette.setColor(QPalette::Inactive, role, color);
    palette.setColor(QPalette::Disabled, role, disabled);
}

bool looksDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

AppTheme::AppTheme(QObject *parent)
    : QObject(parent)
{
    // Fusion draws both palettes faithfully on every desktop.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const int stored = QSettings().value(SettingsKey, int(Choice::System)).toInt();
    m_choice = stored >= 0 && stored <= int(Choice::Dark) ? Choice(stored) : Choice::System;
    qApp->installEventFilter(this);
    apply();
}

AppTheme::~AppTheme()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

QPalette AppTheme::lightPalette()
{
    QPalette p;
    const QColor disabledText(0xa0, 0xa7, 0xb1);
    setColor(p, QPalette::Window, QColor(0xf3, 0xf4, 0xf7), QColor(0xf3, 0xf4, 0xf7));
    setColor(p, QPalette::WindowText, QColor(0x1d, 0x23, 0x2c), disabledText);
    setColor(p, QPalette::Base, Qt::white, QColor(0xf6, 0xf7, 0xf9));
    setColor(p, QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9), QColor(0xf6, 0xf7, 0xf9));
    setColor(p, QPalette::Text, QColor(0x1d, 0x23, 0x2c), disabledText);
    setColor(p, QPalette::PlaceholderText, QColor(0x6b, 0x75, 0x82), disabledText);
    setColor(p, QPalette::Button, QColor(0xf7, 0xf8, 0xfa), QColor(0xf1, 0xf2, 0xf4));
    setColor(p, QPalette::ButtonText, QColor(0x1d, 0x23, 0x2c), disabledText);
    setColor(p, QPalette::BrightText, Qt::white, Qt::white);
    setColor(p, QPalette::Light, Qt::white, Qt::white);
    setColor(p, QPalette::Midlight, QColor(0xe8, 0xea, 0xee), QColor(0xe8, 0xea, 0xee));
    setColor(p, QPalette::Mid, QColor(0xc9, 0xce, 0xd6), QColor(0xc9, 0xce, 0xd6));
    setColor(p, QPalette::Dark, QColor(0xa9, 0xb0, 0xba), QColor(0xa9, 0xb0, 0xba));
    setColor(p, QPalette::Shadow, QColor(0x70, 0x78, 0x84), QColor(0x70, 0x78, 0x84));
    setColor(p, QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb), QColor(0xc9, 0xce, 0xd6));
    setColor(p, QPalette::HighlightedText, Qt::white, QColor(0x1d, 0x23, 0x2c));
    setColor(p, QPalette::Link, QColor(0x1f, 0x6f, 0xeb), disabledText);
    setColor(p, QPalette::ToolTipBase, QColor(0x2b, 0x33, 0x40), QColor(0x2b, 0x33, 0x40));
    setColor(p, QPalette::ToolTipText, Qt::white, Qt::white);
    return p;
}

QPalette AppTheme::darkPalette()
{
    QPalette p;
    const QColor disabledText(0x69, 0x71, 0x7d);
    setColor(p, QPalette::Window, QColor(0x21, 0x25, 0x2b), QColor(0x21, 0x25, 0x2b));
    setColor(p, QPalette::WindowText, QColor(0xe4, 0xe8, 0xee), disabledText);
    setColor(p, QPalette::Base, QColor(0x18, 0x1b, 0x20), QColor(0x1d, 0x20, 0x25));
    setColor(p, QPalette::AlternateBase, QColor(0x1e, 0x22, 0x27), QColor(0x1e, 0x22, 0x27));
    setColor(p, QPalette::Text, QColor(0xe4, 0xe8, 0xee), disabledText);
    setColor(p, QPalette::PlaceholderText, QColor(0x96, 0x9f, 0xab), disabledText);
    setColor(p, QPalette::Button, QColor(0x2b, 0x30, 0x37), QColor(0x26, 0x2a, 0x30));
    setColor(p, QPalette::ButtonText, QColor(0xe4, 0xe8, 0xee), disabledText);
    setColor(p, QPalette::BrightText, Qt::white, Qt::white);
    setColor(p, QPalette::Light, QColor(0x3a, 0x40, 0x48), QColor(0x3a, 0x40, 0x48));
    setColor(p, QPalette::Midlight, QColor(0x33, 0x38, 0x40), QColor(0x33, 0x38, 0x40));
    setColor(p, QPalette::Mid, QColor(0x26, 0x2a, 0x30), QColor(0x26, 0x2a, 0x30));
    setColor(p, QPalette::Dark, QColor(0x14, 0x17, 0x1b), QColor(0x14, 0x17, 0x1b));
    setColor(p, QPalette::Shadow, QColor(0x08, 0x09, 0x0b), QColor(0x08, 0x09, 0x0b));
    setColor(p, QPalette::Highlight, QColor(0x2f, 0x74, 0xe0), QColor(0x3a, 0x40, 0x48));
    setColor(p, QPalette::HighlightedText, Qt::white, QColor(0xe4, 0xe8, 0xee));
    setColor(p, QPalette::Link, QColor(0x6e, 0xa8, 0xff), disabledText);
    setColor(p, QPalette::ToolTipBase, QColor(0x2b, 0x30, 0x37), QColor(0x2b, 0x30, 0x37));
    setColor(p, QPalette::ToolTipText, QColor(0xe4, 0xe8, 0xee), QColor(0xe4, 0xe8, 0xee));
    return p;
}

void AppTheme::setChoice(Choice choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    QSettings().setValue(SettingsKey, int(choice));
    apply();
}

RenderTheme AppTheme::renderTheme() const
{
    return m_dark ? RenderTheme::dark() : RenderTheme::light();
}

void AppTheme::apply()
{
    m_applying = true;
    switch (m_choice) {
    case Choice::System:
        // A palette without roles set is the desktop's own, and Qt keeps it in step with the
        // desktop from then on.
        QApplication::setPalette(QPalette());
        m_dark = looksDark(QGuiApplication::palette());
        break;
    case Choice::Light:
        m_dark = false;
        QApplication::setPalette(lightPalette());
        break;
    case Choice::Dark:
        m_dark = true;
        QApplication::setPalette(darkPalette());
        break;
    }
    // Qt passes a new application palette on to the widgets only once the event loop runs;
    // a theme chosen before that (at start-up, in tests) is passed on here.
    for (QWidget *widget : QApplication::allWidgets()) {
        QEvent change(QEvent::ApplicationPaletteChange);
        QCoreApplication::sendEvent(widget, &change);
    }
    updateIconColors();
    m_applying = false;
    Q_EMIT changed();
}

void AppTheme::updateIconColors()
{
    const QPalette palette = QGuiApplication::palette();
    Icons::setColors(palette.color(QPalette::Active, QPalette::ButtonText).lighter(m_dark ? 100 : 130),
                     palette.color(QPalette::Disabled, QPalette::ButtonText),
                     palette.color(QPalette::Active, QPalette::Highlight));
}

bool AppTheme::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched between light and dark while we run: follow it when asked to.
    const bool paletteEvent = event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ThemeChange;
    if (watched == qApp && paletteEvent && !m_applying && m_choice == Choice::System) {
        const bool dark = looksDark(QGuiApplication::palette());
        if (dark != m_dark) {
            m_dark = dark;
            updateIconColors();
            Q_EMIT changed();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cxmap
