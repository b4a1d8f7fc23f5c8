#pragma once

#include "domain/result.h"

#include <QString>

#include <functional>

namespace shopdesk::storage {

// A consistent copy of a live SQLite store, taken with SQLite's online backup API on a read
// connection of its own. In WAL mode readers never block the writer, so intake keeps running;
// the copy is one snapshot (the read transaction is held across the steps). It is written
// to a temporary file beside the target, flushed to disk and only then renamed, so the final
// name never holds half a file.
class StoreBackup
{
public:
    struct Outcome
    {
        QString file;
        qint64 bytes = 0;
    };

    // Pages copied per step; the pause between steps leaves the disk to the writer.
    static constexpr int pagesPerStep = 512;

    // Copies the store at sourcePath to targetPath (an existing file there is replaced).
    static Result<Outcome> copy(const QString &sourcePath, const QString &targetPath);
    // Copies a finished file (a backup being restored) the same careful way: temporary
    // file, flushed, renamed.
    static Result<void> placeFile(const QString &sourcePath, const QString &targetPath);
    // Flushes a file and the folder that holds it, so a rename survives a power cut.
    static bool syncFile(const QString &path);
    static bool syncFolder(const QString &folder);
};

} // namespace shopdesk::storage
