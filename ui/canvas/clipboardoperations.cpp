#include "clipboardoperations.h"

#include "commands/touchpointcommands.h"
#include "document/journeydocument.h"
#include "document/touchpointclip.h"
#include "editoperations.h"
#include "journeyscene.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoStack>

namespace cxmap::clipboard {

namespace {

QString mimeType()
{
    return QString::fromLatin1(TouchpointClip::MimeType);
}

} // namespace

bool canCopy(const JourneyScene *scene)
{
    return scene && !scene->selectedTouchpoints().isEmpty();
}

bool canPaste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data && data->hasFormat(mimeType());
}

void copy(const JourneyScene *scene)
{
    if (!canCopy(scene))
        return;
    const TouchpointClip clip = TouchpointClip::fromJourney(scene->journey(), scene->selectedTouchpoints());
    auto *data = new QMimeData;
    data->setData(mimeType(), clip.toJson());
    data->setText(clip.toPlainText());
    QGuiApplication::clipboard()->setMimeData(data);
}

void cut(JourneyScene *scene)
{
    if (!canCopy(scene) || !edit::canEdit(scene))
        return;
    copy(scene);
    JourneyDocument *document = scene->document();
    const QList<TouchpointId> ids = scene->selectedTouchpoints();
    scene->select({});
    auto *command = new RemoveTouchpointsCommand(document, ids);
    command->setText(ids.size() == 1 ? QCoreApplication::translate("cxmap", "Cut touchpoint")
                                     : QCoreApplication::translate("cxmap", "Cut %1 touchpoints").arg(ids.size()));
    document->undoStack()->push(command);
}

bool paste(JourneyScene *scene)
{
    if (!edit::canEdit(scene) || !canPaste())
        return false;
    const std::optional<TouchpointClip> clip
        = TouchpointClip::fromJson(QGuiApplication::clipboard()->mimeData()->data(mimeType()));
    const std::optional<Cell> fallback = edit::cellForNewTouchpoint(scene);
    if (!clip || !fallback)
        return false;
    JourneyDocument *document = scene->document();
    auto [cards, links] = clip->instantiate(document, fallback->stage, fallback->lane);
    edit::placeClear(scene, cards);
    auto *command = new AddTouchpointsCommand(document, cards, links);
    command->setText(cards.size() == 1 ? QCoreApplication::translate("cxmap", "Paste touchpoint")
                                       : QCoreApplication::translate("cxmap", "Paste %1 touchpoints").arg(cards.size()));
    document->undoStack()->push(command);
    QList<TouchpointId> ids;
    for (const Touchpoint &card : std::as_const(cards))
        ids.append(card.id);
    scene->selectTouchpoints(ids);
    if (!ids.isEmpty())
        scene->requestReveal(scene->targetRect(EditTarget::touchpoint(ids.first())));
    return true;
}

} // namespace cxmap::clipboard
