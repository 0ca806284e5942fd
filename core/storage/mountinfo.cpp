#include "core/storage/mountinfo.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>

namespace CacheLens
{
namespace
{

// Kernel and helper file systems that hold no user data, by their mountinfo type.
constexpr std::array PseudoTypes
    = { "autofs", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs", "debugfs", "devpts", "devtmpfs", "efivarfs",
          "fusectl", "fuse.gvfsd-fuse", "fuse.lxcfs", "fuse.portal", "fuse.snapfuse", "hugetlbfs", "mqueue", "nsfs",
          "nfsd", "proc", "pstore", "ramfs", "rpc_pipefs", "securityfs", "selinuxfs", "squashfs", "sysfs", "tracefs" };

bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

bool isUserRuntimeDir(const QByteArray &mountPoint)
{
    // "/run/user/1000", not "/run/user/1000/doc" nor "/run/user" itself.
    constexpr QByteArrayView prefix("/run/user/");
    if (!mountPoint.startsWith(prefix) || mountPoint.size() == prefix.size())
        return false;
    const QByteArrayView uid = QByteArrayView(mountPoint).sliced(prefix.size());
    return std::all_of(uid.begin(), uid.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

QByteArray unescapeMountField(const QByteArray &field)
{
    if (!field.contains('\\'))
        return field;
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size() && isOctal(field.at(i + 1)) && isOctal(field.at(i + 2))
            && isOctal(field.at(i + 3))) {
            out.append(char(((field.at(i + 1) - '0') << 6) | ((field.at(i + 2) - '0') << 3) | (field.at(i + 3) - '0')));
            i += 3;
        } else {
            out.append(field.at(i));
        }
    }
    return out;
}

QList<MountEntry> parseMountInfo(const QByteArray &text)
{
    QList<MountEntry> entries;
    for (const QByteArray &line : text.split('\n')) {
        // 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype separator = fields.indexOf(QByteArray("-"));
        if (separator < 6 || separator + 2 >= fields.size())
            continue;
        bool idOk = false;
        bool parentOk = false;
        MountEntry entry;
        entry.id = fields.at(0).toInt(&idOk);
        entry.parentId = fields.at(1).toInt(&parentOk);
        if (!idOk || !parentOk || !fields.at(2).contains(':'))
            continue;
        entry.device = fields.at(2);
        entry.root = unescapeMountField(fields.at(3));
        entry.mountPoint = unescapeMountField(fields.at(4));
        entry.fsType = unescapeMountField(fields.at(separator + 1));
        entry.source = unescapeMountField(fields.at(separator + 2));
        const QList<QByteArray> mountOptions = fields.at(5).split(',');
        const QList<QByteArray> superOptions
            = separator + 3 < fields.size() ? fields.at(separator + 3).split(',') : QList<QByteArray>();
        entry.readOnly = mountOptions.contains("ro") || superOptions.contains("ro");
        entries.append(entry);
    }
    return entries;
}

bool isStorageMount(const MountEntry &entry)
{
    const QByteArray &type = entry.fsType;
    if (std::any_of(PseudoTypes.begin(), PseudoTypes.end(), [&](const char *pseudo) { return type == pseudo; }))
        return false;
    if (type == "tmpfs")
        return entry.mountPoint == "/tmp" || entry.mountPoint == "/dev/shm" || isUserRuntimeDir(entry.mountPoint);
    if (type == "overlay")
        return entry.mountPoint == "/";
    return !entry.mountPoint.isEmpty();
}

QList<MountEntry> selectVolumes(const QList<MountEntry> &entries)
{
    // A later mount on the same point hides the earlier one: only the last is visible.
    QHash<QByteArray, qsizetype> lastAt;
    for (qsizetype i = 0; i < entries.size(); ++i)
        lastAt.insert(entries.at(i).mountPoint, i);

    QList<MountEntry> kept;
    QHash<QByteArray, qsizetype> byDevice; // "major:minor" -> index in kept
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const MountEntry &entry = entries.at(i);
        if (lastAt.value(entry.mountPoint) != i || !isStorageMount(entry))
            continue;
        const auto it = byDevice.constFind(entry.device);
        if (it == byDevice.cend()) {
            byDevice.insert(entry.device, kept.size());
            kept.append(entry);
            continue;
        }
        MountEntry &seen = kept[*it];
        const bool better = entry.root.size() < seen.root.size()
            || (entry.root.size() == seen.root.size() && entry.mountPoint.size() < seen.mountPoint.size());
        if (better)
            seen = entry;
    }
    return kept;
}

} // namespace CacheLens
