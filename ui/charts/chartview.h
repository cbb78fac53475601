#pragma once

#include <QChartView>

class QLabel;

namespace cxmap {

/**
 * The frame every chart shares: a chart styled from the palette (rebuilt when the theme
 * changes, since series colours are set, not inherited), a message in place of an empty plot,
 * and an accessible description that states the values a screen reader cannot see.
 */
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    /** Shown over the plot while there is nothing to draw; empty hides it. */
    void setPlaceholder(const QString &text);
    QString placeholder() const;

protected:
    /** Builds the series from the data held by the subclass, in the current palette. */
    virtual void rebuild() = 0;
    /** Removes every series and axis (before rebuild() adds its own). */
    void clearChart();

    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();

    QLabel *m_placeholder;
};

} // namespace cxmap
