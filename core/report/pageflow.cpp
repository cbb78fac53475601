#include "pageflow.h"

#include <algorithm>

namespace cxmap {

PageFlow::PageFlow(const QRectF &content)
    : m_content(content)
    , m_y(content.top())
{}

double PageFlow::remaining() const
{
    return m_pages.isEmpty() ? 0.0 : m_content.bottom() - m_y;
}

void PageFlow::newPage(const QString &section, bool plain)
{
    m_pages.append(PlannedPage{section, plain, {}});
    m_y = m_content.top();
}

QRectF PageFlow::take(double height, double keep)
{
    const bool atTop = m_y <= m_content.top() + 0.01;
    if (m_pages.isEmpty() || (!atTop && remaining() < std::max(height, keep)))
        newPage(m_pages.isEmpty() ? QString() : m_pages.constLast().section);
    const QRectF block(m_content.left(), m_y, m_content.width(), height);
    m_y += height;
    return block;
}

void PageFlow::breakPage()
{
    if (m_pages.isEmpty() || m_y > m_content.top() + 0.01)
        newPage(m_pages.isEmpty() ? QString() : m_pages.constLast().section);
}

void PageFlow::skip(double gap)
{
    if (m_pages.isEmpty() || m_y <= m_content.top() + 0.01)
        return;
    m_y = std::min(m_y + gap, m_content.bottom());
}

void PageFlow::paint(PagePaint paint)
{
    if (m_pages.isEmpty())
        newPage(QString());
    m_pages.last().paints.append(std::move(paint));
}

} // namespace cxmap
