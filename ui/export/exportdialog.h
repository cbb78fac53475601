#pragma once

#include "report/reportoptions.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace cxmap {

/**
 * The choices of an export, as `cxmap export` offers them: paper, orientation and sections of
 * the report (or the size of an image), theme and spotlight. Opens with what the editor shows
 * (the current filters are the findings'; the spotlight and the theme are preselected).
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Report, Print, Image };

    ExportDialog(Mode mode, const ReportOptions &initial, const QString &filterCaption, QWidget *parent = nullptr);

    ReportOptions options() const;
    /** Images: the PNG's size as a multiple of 100%, or its width in pixels when set (> 0). */
    double imageScale() const;
    int imageWidth() const;

private:
    Mode m_mode;
    ReportOptions m_initial;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_landscape = nullptr;
    QHash<ReportSection, QCheckBox *> m_sections;
    QComboBox *m_theme = nullptr;
    QComboBox *m_spotlight = nullptr;
    QComboBox *m_scale = nullptr;
    QSpinBox *m_width = nullptr;
};

} // namespace cxmap
