#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace cxmap {

/**
 * Asks for a touchpoint inventory (DESIGN §5): the touchpoints CSV, and optionally one of
 * transitions. Says which columns each needs; the map is built by the document controller.
 */
class InventoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InventoryDialog(QWidget *parent = nullptr);

    QString touchpointsPath() const;
    QString transitionsPath() const;
    void setTouchpointsPath(const QString &path);
    void setTransitionsPath(const QString &path);

private:
    void browse(QLineEdit *field, const QString &title);
    void updateOk();

    QLineEdit *m_touchpoints;
    QLineEdit *m_transitions;
    QDialogButtonBox *m_buttons;
};

} // namespace cxmap
