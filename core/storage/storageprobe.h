#pragma once

#include "core/storage/volume.h"

#include <QList>

#include <algorithm>
#include <memory>

namespace CacheLens
{

/// Lists the real volumes of this machine and measures them (DESIGN.md, core/storage).
///
/// Nothing is measured until sample() is called, and a volume that does not answer in time
/// (a dead NFS or SMB server) comes back with an error instead of blocking the caller or the
/// other volumes.
class StorageProbe
{
public:
    StorageProbe() = default;
    virtual ~StorageProbe() = default;
    StorageProbe(const StorageProbe &) = delete;
    StorageProbe &operator=(const StorageProbe &) = delete;

    /// Every volume with its current numbers (or an error), mount points in a stable order.
    [[nodiscard]] virtual QList<Volume> sample() = 0;
};

/// The probe for this platform: LinuxStorageProbe on Linux, GenericStorageProbe elsewhere.
[[nodiscard]] std::unique_ptr<StorageProbe> makeSystemStorageProbe();

/// Scripted samples for tests: each sample() returns the next list, then repeats the last one.
class FakeStorageProbe final : public StorageProbe
{
public:
    explicit FakeStorageProbe(QList<QList<Volume>> samples)
        : m_samples(std::move(samples))
    {
    }

    [[nodiscard]] QList<Volume> sample() override
    {
        if (m_samples.isEmpty())
            return {};
        ++m_calls;
        return m_samples.at(std::min(m_calls, m_samples.size()) - 1);
    }
    [[nodiscard]] qsizetype calls() const
    {
        return m_calls;
    }

private:
    QList<QList<Volume>> m_samples;
    qsizetype m_calls = 0;
};

} // namespace CacheLens
