#include "presentationwindow.h"

#include "analysis/stagecurve.h"
#include "commands/workshopcommands.h"
#include "document/editorstate.h"
#include "document/journeydocument.h"
#include "noteoverlay.h"
#include "presentationslides.h"
#include "render/journeyrenderer.h"
#include "render/mapgeometry.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QUndoStack>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace cxmap {

namespace {

/** Room under the map for the step's headline and caption, as a share of the height. */
constexpr double CaptionShare = 0.2;
constexpr int GlideMilliseconds = 650;
/** The experience lane's height in map units: always on in the presentation. */
constexpr double ExperienceLaneHeight = 240.0;
constexpr double StageHeaderHeight = 96.0;

QRectF lerp(const QRectF &a, const QRectF &b, double t)
{
    return QRectF(a.left() + (b.left() - a.left()) * t, a.top() + (b.top() - a.top()) * t,
                  a.width() + (b.width() - a.width()) * t, a.height() + (b.height() - a.height()) * t);
}

} // namespace

PresentationWindow::PresentationWindow(EditorState *state, bool dark, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_theme(RenderTheme::presentation(dark))
    , m_glide(new QVariantAnimation(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("presentation"));
    setWindowTitle(tr("%1 — presentation").arg(state->document()->journey().name()));
    setAccessibleName(tr("Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, m_theme.background);
    palette.setColor(QPalette::WindowText, m_theme.cardText);
    palette.setColor(QPalette::Base, m_theme.cardBackground);
    palette.setColor(QPalette::Text, m_theme.cardText);
    palette.setColor(QPalette::Button, m_theme.cardBackground);
    palette.setColor(QPalette::ButtonText, m_theme.cardText);
    palette.setColor(QPalette::Highlight, m_theme.selection);
    setPalette(palette);

    m_glide->setDuration(GlideMilliseconds);
    m_glide->setEasingCurve(QEasingCurve::InOutCubic);
    m_glide->setStartValue(0.0);
    m_glide->setEndValue(1.0);
    connect(m_glide, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_view = lerp(m_from, m_to, value.toDouble());
        update();
    });
    // The clock in the corner moves once a second.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] { update(); });
    m_tick->start();
    m_clock.start();

    connect(state->document(), &JourneyDocument::changed, this, &PresentationWindow::onChanged);
    connect(state, &EditorState::findingsChanged, this, &PresentationWindow::replan);
    connect(state, &EditorState::scoresChanged, this, [this] {
        if (m_renderer)
            m_renderer->setScores(m_state->scores());
        update();
    });
    connect(state, &EditorState::minimumShareChanged, this, &PresentationWindow::rebuild);
    rebuild();
    replan();
    goTo(0, false);
}

PresentationWindow::~PresentationWindow()
{
    // The renderer refers to the geometry: it goes first.
    m_renderer.reset();
    m_geometry.reset();
}

void PresentationWindow::rebuild()
{
    if (!m_state)
        return;
    const Journey &journey = m_state->document()->journey();
    MapMetrics metrics;
    metrics.experienceLaneHeight = ExperienceLaneHeight;
    // Stage names at the text floor even when the whole map is on screen (about 60%).
    metrics.stageHeaderHeight = StageHeaderHeight;
    m_renderer.reset();
    m_geometry = std::make_unique<MapGeometry>(journey, metrics);
    m_renderer = std::make_unique<JourneyRenderer>(journey, *m_geometry, m_theme);
    m_renderer->setScores(m_state->scores());
    m_renderer->layoutArrows(m_state->minimumShare());
    update();
}

void PresentationWindow::onChanged(const Change &change)
{
    switch (change.kind) {
    case Change::Kind::Workshop:
        if (m_renderer)
            m_renderer->updateWorkshop();
        // The summary counts the room's votes.
        replan();
        update();
        break;
    case Change::Kind::Measurements:
    case Change::Kind::JourneyProperties:
        update();
        break;
    default:
        rebuild();
        replan();
        break;
    }
}

void PresentationWindow::replan()
{
    if (!m_state)
        return;
    const int before = m_step;
    m_steps = planPresentation(m_state->document()->journey(), m_state->findings());
    m_step = std::clamp(before, 0, int(m_steps.size()) - 1);
    if (m_focus.isValid() && !m_state->document()->journey().touchpoints().contains(m_focus))
        m_focus = TouchpointId();
    update();
}

bool PresentationWindow::isGliding() const
{
    return m_glide->state() == QAbstractAnimation::Running;
}

NoteOverlay *PresentationWindow::noteOverlay() const
{
    return m_note;
}

void PresentationWindow::goTo(int step, bool glide)
{
    if (m_steps.isEmpty())
        return;
    step = std::clamp(step, 0, int(m_steps.size()) - 1);
    const bool changed = step != m_step;
    m_step = step;
    // The focus ring stays only while its card is still in view.
    const QRectF target = targetView(m_steps.at(step));
    m_glide->stop();
    if (glide && !m_view.isEmpty() && m_view != target) {
        m_from = m_view;
        m_to = target;
        m_glide->start();
    } else {
        m_from = m_to = m_view = target;
    }
    if (m_focus.isValid() && !cardsInView().contains(m_focus))
        m_focus = TouchpointId();
    update();
    if (changed)
        Q_EMIT stepChanged(step);
}

void PresentationWindow::next()
{
    goTo(m_step + 1);
}

void PresentationWindow::previous()
{
    goTo(m_step - 1);
}

QRectF PresentationWindow::mapArea() const
{
    const QRectF area = rect();
    return area.adjusted(24, 24, -24, -area.height() * CaptionShare);
}

QRectF PresentationWindow::targetView(const PresentationStep &step) const
{
    const MapGeometry &geometry = *m_geometry;
    const Journey &journey = m_state->document()->journey();
    const QRectF whole = geometry.bounds();
    switch (step.kind) {
    case StepKind::StageFocus: {
        if (step.stage < 0 || step.stage >= journey.stages().size())
            return whole;
        const Stage &stage = journey.stages().at(step.stage);
        const QRectF column = geometry.stageColumn(stage.id);
        // The stage's cards as large as the screen allows, its neighbours in view, dimmed.
        QRectF cards;
        for (TouchpointId id : journey.touchpointsInStage(stage.id))
            cards = cards.united(geometry.cardRect(*journey.touchpoints().find(id)));
        if (cards.isEmpty())
            cards = column;
        const QRectF header = geometry.stageHeader(stage.id);
        // Tight around the column, so the cards are large enough to carry their names at the
        // presentation's text floor; the neighbours' edges show that the journey goes on.
        return QRectF(QPointF(column.left() - column.width() * 0.12, std::min(header.top(), cards.top() - 20)),
                      QPointF(column.right() + column.width() * 0.12, cards.bottom() + 20));
    }
    case StepKind::WeakestLink: {
        const Touchpoint *touchpoint = journey.touchpoints().find(step.touchpoint);
        if (!touchpoint)
            return whole;
        const QRectF card = geometry.cardRect(*touchpoint);
        return card.adjusted(-card.width() * 0.9, -card.height() * 1.6, card.width() * 0.9, card.height() * 1.6);
    }
    case StepKind::Title:
    case StepKind::Overview:
    case StepKind::MomentsOfTruth:
    case StepKind::FixFirst:
    case StepKind::Summary:
        break;
    }
    return whole.adjusted(-10, -10, 10, 10);
}

QTransform PresentationWindow::viewTransform(const QRectF &view) const
{
    const QRectF area = mapArea();
    if (view.isEmpty() || area.isEmpty())
        return {};
    const double scale = std::min(area.width() / view.width(), area.height() / view.height());
    const QPointF offset = area.center() - view.center() * scale;
    return QTransform(scale, 0, 0, scale, offset.x(), offset.y());
}

QList<TouchpointId> PresentationWindow::cardsInView() const
{
    // In reading order: stage by stage, top to bottom.
    const Journey &journey = m_state->document()->journey();
    const QTransform transform = viewTransform(m_to.isEmpty() ? m_view : m_to);
    const QRectF screen = mapArea();
    QList<std::pair<std::pair<qsizetype, double>, TouchpointId>> cards;
    // On a stage's step, the stage's own cards: its neighbours are only glimpsed.
    const PresentationStep &step = m_steps.at(m_step);
    const StageId stage = step.kind == StepKind::StageFocus && step.stage >= 0 && step.stage < journey.stages().size()
                              ? journey.stages().at(step.stage).id
                              : StageId();
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        if (stage.isValid() && touchpoint.stage != stage)
            continue;
        const QRectF on = transform.mapRect(m_geometry->cardRect(touchpoint));
        if (screen.contains(on.center()))
            cards.append({{journey.stages().indexOf(touchpoint.stage), on.top()}, touchpoint.id});
    }
    std::sort(cards.begin(), cards.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<TouchpointId> ids;
    for (const auto &entry : std::as_const(cards))
        ids.append(entry.second);
    return ids;
}

bool PresentationWindow::focusNextPrevChild(bool)
{
    // Tab belongs to the capture focus ring, not to widget focus.
    return false;
}

void PresentationWindow::moveFocus(bool forward)
{
    const QList<TouchpointId> cards = cardsInView();
    if (cards.isEmpty())
        return;
    const qsizetype at = cards.indexOf(m_focus);
    if (at < 0)
        m_focus = forward ? cards.first() : cards.last();
    else
        m_focus = cards.at((at + (forward ? 1 : -1) + cards.size()) % cards.size());
    update();
}

std::optional<WorkshopSession> PresentationWindow::sessionForCapture()
{
    const Journey &journey = m_state->document()->journey();
    if (m_session != 0 && journey.workshop().session(m_session))
        return std::nullopt;
    // The first capture of this presentation opens its session; undoing it takes the session too.
    WorkshopSession session;
    session.id = m_state->document()->allocateId();
    session.started = QDateTime::currentDateTimeUtc();
    session.name = tr("Workshop of %1").arg(QLocale().toString(session.started.toLocalTime().date(), QLocale::LongFormat));
    m_session = session.id;
    return session;
}

void PresentationWindow::vote()
{
    if (!m_focus.isValid() || m_state->isReadOnly())
        return;
    JourneyDocument *document = m_state->document();
    const std::optional<WorkshopSession> session = sessionForCapture();
    WorkshopVote vote;
    vote.id = document->allocateId();
    vote.session = m_session;
    vote.touchpoint = m_focus;
    vote.created = QDateTime::currentDateTimeUtc();
    document->undoStack()->push(new CaptureWorkshopInputCommand(document, vote, session));
}

void PresentationWindow::takeVoteBack()
{
    if (!m_focus.isValid() || m_state->isReadOnly())
        return;
    // The latest vote on the focused card, in this workshop when it has one.
    JourneyDocument *document = m_state->document();
    const QList<WorkshopVote> &votes = document->journey().workshop().votes;
    for (auto it = votes.crbegin(); it != votes.crend(); ++it)
        if (it->touchpoint == m_focus && (m_session == 0 || it->session == m_session)) {
            document->undoStack()->push(new RemoveWorkshopVoteCommand(document, *it));
            return;
        }
}

void PresentationWindow::openNote()
{
    if (!m_focus.isValid() || m_state->isReadOnly() || m_note)
        return;
    const Touchpoint *touchpoint = m_state->document()->journey().touchpoints().find(m_focus);
    QFont font = m_theme.font;
    font.setPixelSize(int(MinimumTextPixels));
    m_note = new NoteOverlay(touchpoint ? touchpoint->name : QString(), font, this);
    const QRect area = rect();
    m_note->setGeometry(0, int(area.height() * (1 - CaptionShare * 1.6)), area.width(), int(area.height() * CaptionShare * 1.6));
    connect(m_note, &NoteOverlay::accepted, this, [this](NoteKind kind, const QString &text) {
        addNote(kind, text);
        m_note->deleteLater();
        m_note = nullptr;
        setFocus();
    });
    connect(m_note, &NoteOverlay::cancelled, this, [this] {
        m_note->deleteLater();
        m_note = nullptr;
        setFocus();
    });
    m_note->show();
    m_note->textField()->setFocus();
}

void PresentationWindow::addNote(NoteKind kind, const QString &text)
{
    JourneyDocument *document = m_state->document();
    const std::optional<WorkshopSession> session = sessionForCapture();
    WorkshopNote note;
    note.id = document->allocateId();
    note.session = m_session;
    note.touchpoint = m_focus;
    note.kind = kind;
    note.text = text;
    note.created = QDateTime::currentDateTimeUtc();
    document->undoStack()->push(new CaptureWorkshopInputCommand(document, note, session));
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    // Any key first takes a blank screen away (as B and W do on a slide projector).
    if (m_blank != Blank::None && key != Qt::Key_B && key != Qt::Key_W) {
        m_blank = Blank::None;
        update();
        if (key != Qt::Key_Escape)
            return;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(int(m_steps.size()) - 1);
        break;
    case Qt::Key_Tab:
        moveFocus(!shift);
        break;
    case Qt::Key_Backtab:
        moveFocus(false);
        break;
    case Qt::Key_V:
        shift ? takeVoteBack() : vote();
        break;
    case Qt::Key_N:
        openNote();
        break;
    case Qt::Key_B:
        m_blank = m_blank == Blank::Black ? Blank::None : Blank::Black;
        update();
        break;
    case Qt::Key_W:
        m_blank = m_blank == Blank::White ? Blank::None : Blank::White;
        update();
        break;
    case Qt::Key_L:
        m_pointer = !m_pointer;
        setCursor(m_pointer ? Qt::BlankCursor : Qt::ArrowCursor);
        update();
        break;
    case Qt::Key_Escape:
        Q_EMIT finished();
        break;
    default:
        if (key >= Qt::Key_1 && key <= Qt::Key_9) {
            // Digits jump to a stage.
            const qsizetype stage = key - Qt::Key_1;
            for (qsizetype i = 0; i < m_steps.size(); ++i)
                if (m_steps.at(i).kind == StepKind::StageFocus && m_steps.at(i).stage == stage)
                    goTo(int(i));
            break;
        }
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::mouseMoveEvent(QMouseEvent *event)
{
    m_mouse = event->position().toPoint();
    if (m_pointer)
        update();
    QWidget::mouseMoveEvent(event);
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    // A click on a card gives it the focus ring, as Tab does.
    if (event->button() == Qt::LeftButton && m_renderer && !m_steps.isEmpty()) {
        const QPointF at = viewTransform(m_view).inverted().map(event->position());
        for (const Touchpoint &touchpoint : m_state->document()->journey().touchpoints())
            if (m_geometry->cardRect(touchpoint).contains(at)) {
                m_focus = touchpoint.id;
                update();
                return;
            }
    }
    QWidget::mousePressEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_note)
        m_note->setGeometry(0, int(height() * (1 - CaptionShare * 1.6)), width(), int(height() * CaptionShare * 1.6));
}

QImage PresentationWindow::renderFrame()
{
    QImage image(size() * devicePixelRatioF(), QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatioF());
    render(&image);
    return image;
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.background);
    if (m_blank != Blank::None) {
        painter.fillRect(rect(), m_blank == Blank::Black ? Qt::black : Qt::white);
        return;
    }
    if (m_steps.isEmpty() || !m_renderer)
        return;
    const PresentationStep &step = m_steps.at(m_step);
    switch (step.kind) {
    case StepKind::Title:
        paintTitle(&painter, step);
        break;
    case StepKind::Summary:
        paintSummary(&painter, step);
        break;
    case StepKind::FixFirst:
        paintFixFirst(&painter, step);
        break;
    case StepKind::Overview:
    case StepKind::StageFocus:
    case StepKind::WeakestLink:
    case StepKind::MomentsOfTruth:
        paintMap(&painter, step);
        paintCaption(&painter, step);
        break;
    }
    paintClock(&painter);
    if (m_pointer)
        paintPointer(&painter);
}

void PresentationWindow::paintMap(QPainter *painter, const PresentationStep &step)
{
    painter->save();
    const QTransform transform = viewTransform(m_view);
    painter->setTransform(transform);
    MapOptions options;
    options.exposed = transform.inverted().mapRect(QRectF(rect()));
    options.spotlight = makeSpotlight(step.spotlight, m_state->findings(), m_state->document()->journey());
    options.dimUnmarked = step.spotlight != SpotlightKind::None;
    if (step.kind == StepKind::StageFocus)
        options.stageRange = std::make_pair(step.stage, step.stage);
    if (step.kind == StepKind::WeakestLink) {
        // The link itself, the rest of the journey dimmed around it.
        options.spotlight.marks.removeIf(
            [&step](QHash<TouchpointId, SpotlightMark>::iterator it) { return it.key() != step.touchpoint; });
    }
    options.focused = m_focus;
    // While the view glides, arrows are drawn plainly (as the canvas does while zooming): the
    // frames keep up, and the step's last frame has them in full.
    options.draftArrows = isGliding();
    options.experience = ExperienceLaneData{stageCurve(m_state->document()->journey(), m_state->findings()), {},
                                            m_state->findings().request.segment};
    m_renderer->drawMap(painter, options);
    painter->restore();
}

void PresentationWindow::paintCaption(QPainter *painter, const PresentationStep &step)
{
    QString title = step.title;
    QString caption = step.caption;
    const Journey &journey = m_state->document()->journey();
    if (const Touchpoint *focused = m_focus.isValid() ? journey.touchpoints().find(m_focus) : nullptr) {
        // The card with the focus ring, in words the back row can read.
        title = focused->name;
        QStringList parts;
        const QString score = weakLinkCaption(journey, m_state->findings(), m_focus);
        if (!score.isEmpty())
            parts << score;
        const int votes = journey.workshop().votesFor(m_focus);
        const qsizetype notes = journey.workshop().notesFor(m_focus).size();
        parts << (votes == 1 ? tr("1 vote") : tr("%1 votes").arg(votes));
        if (notes > 0)
            parts << (notes == 1 ? tr("1 note") : tr("%1 notes").arg(notes));
        caption = parts.join(QStringLiteral(" · "));
    } else if (step.kind == StepKind::StageFocus && step.stage >= 0 && step.stage < journey.stages().size()) {
        // A stage's cards may be too many to name on the map at 24 pt: the caption names them.
        QStringList names;
        for (TouchpointId id : journey.touchpointsInStage(journey.stages().at(step.stage).id)) {
            const Touchpoint *touchpoint = journey.touchpoints().find(id);
            const auto score = m_state->scores().constFind(id);
            names << (score == m_state->scores().cend() ? touchpoint->name
                                                        : QStringLiteral("%1 %2").arg(touchpoint->name, score->badgeValue()));
        }
        if (!names.isEmpty())
            caption = names.join(QStringLiteral(" · "));
    }
    PresentationSlides::drawCaption(painter, QRectF(rect()), CaptionShare, title, caption, m_step, int(m_steps.size()), m_theme);
}

void PresentationWindow::paintTitle(QPainter *painter, const PresentationStep &step)
{
    // The whole map faint behind the title, a texture rather than a picture: the room sees
    // what is coming, and the title reads over it.
    painter->save();
    painter->setOpacity(0.07);
    paintMap(painter, m_steps.value(1, step));
    painter->restore();
    PresentationSlides::drawTitle(painter, QRectF(rect()), step, m_state->findings(), m_theme);
}

void PresentationWindow::paintSummary(QPainter *painter, const PresentationStep &step)
{
    PresentationSlides::drawSummary(painter, QRectF(rect()), step, m_state->document()->journey(), m_theme);
}

void PresentationWindow::paintFixFirst(QPainter *painter, const PresentationStep &step)
{
    PresentationSlides::drawFixFirst(painter, QRectF(rect()).adjusted(0, 0, 0, -height() * CaptionShare), m_state->findings(), m_theme);
    paintCaption(painter, step);
}

void PresentationWindow::paintClock(QPainter *painter)
{
    PresentationSlides::drawClock(painter, QRectF(rect()), m_clock.elapsed(), m_theme);
}

void PresentationWindow::paintPointer(QPainter *painter)
{
    // The room follows a bright circle: the rest of the screen darkens around the pointer.
    QPainterPath dark;
    dark.addRect(rect());
    QPainterPath hole;
    const double radius = std::min(width(), height()) * 0.09;
    hole.addEllipse(QPointF(m_mouse), radius, radius);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(dark.subtracted(hole), QColor(0, 0, 0, 150));
    painter->setPen(QPen(m_theme.selection, 4));
    painter->drawEllipse(QPointF(m_mouse), radius, radius);
    painter->restore();
}

} // namespace cxmap
