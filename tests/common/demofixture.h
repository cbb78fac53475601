#pragma once

// The demo journey with its sample answers, written to a temporary folder for a test: its file
// open and a document made from it, as the editor holds them.
#include "demo/demodocument.h"
#include "document/journeydocument.h"
#include "store/documentfile.h"

#include <QTemporaryDir>

#include <memory>

namespace cxmap::test {

struct DemoFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.cxmap"));
    std::unique_ptr<DocumentFile> file;
    std::unique_ptr<JourneyDocument> document;

    explicit DemoFixture(DocumentFile::Access access = DocumentFile::Access::ReadWrite)
    {
        writeDemoDocument(path);
        file = DocumentFile::open(path, access);
        document = std::make_unique<JourneyDocument>(file->readJourney());
        document->setFilePath(path);
    }
    ~DemoFixture()
    {
        // The document before the file, the file before its folder.
        document.reset();
        file.reset();
    }
};

} // namespace cxmap::test
