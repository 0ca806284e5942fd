#include "core/cleanup/removetree.h"

#include "core/cleanup/treewalk.h"

#include <QCoreApplication>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace CacheLens
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RemoveTree)
};

/// Where the walk is, for messages: short enough to read even 5 000 levels down.
QString describe(QByteArrayView top, const QByteArray &relativePath)
{
    QList<QByteArray> parts { top.toByteArray() };
    if (!relativePath.isEmpty())
        parts += relativePath.split('/');
    constexpr qsizetype Shown = 3;
    if (parts.size() > Shown + 2)
        parts = QList<QByteArray> { parts.first(), "\u2026" } + parts.mid(parts.size() - Shown);
    return QString::fromUtf8(parts.join('/'));
}

/// Unlinks files and symlinks as it meets them and folders once they are empty; stops at the
/// first entry it cannot remove.
class Remover final : public TreeVisitor
{
public:
    explicit Remover(QByteArrayView top)
        : m_top(top)
    {
    }

    WalkAction enter(const WalkEntry &entry) override
    {
        if (!m_error.isEmpty())
            return WalkAction::Stop;
        if (entry.otherFileSystem) {
            m_error = Tr::tr("\u201c%1\u201d is a mount point; it is not removed.")
                          .arg(describe(m_top, entry.relativePath));
            return WalkAction::Stop;
        }
        if (S_ISDIR(entry.st.st_mode))
            return WalkAction::Continue;
        const QByteArray name = entry.name.toByteArray();
        if (::unlinkat(entry.parentFd, name.constData(), 0) != 0 && errno != ENOENT)
            return fail(entry.relativePath, errno);
        return WalkAction::Continue;
    }

    void leave(const WalkEntry &entry) override
    {
        if (!m_error.isEmpty())
            return;
        // The name must still be the folder that was emptied, not something renamed into its place.
        const QByteArray name = entry.name.toByteArray();
        struct stat now {
        };
        const bool same = ::fstatat(entry.parentFd, name.constData(), &now, AT_SYMLINK_NOFOLLOW) == 0
            && now.st_dev == entry.st.st_dev && now.st_ino == entry.st.st_ino;
        if (!same)
            fail(entry.relativePath, ESTALE);
        else if (::unlinkat(entry.parentFd, name.constData(), AT_REMOVEDIR) != 0)
            fail(entry.relativePath, errno);
    }

    void failed(const QByteArray &relativePath, int errorNumber) override
    {
        if (m_error.isEmpty() && errorNumber != ENOENT) // vanished meanwhile: nothing left to remove
            fail(relativePath, errorNumber);
    }

    [[nodiscard]] QString error() const
    {
        return m_error;
    }

private:
    WalkAction fail(const QByteArray &relativePath, int errorNumber)
    {
        m_error
            = Tr::tr("Could not remove \u201c%1\u201d: %2").arg(describe(m_top, relativePath), errorText(errorNumber));
        return WalkAction::Stop;
    }

    QByteArrayView m_top;
    QString m_error;
};

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool removeTreeAt(int parentFd, QByteArrayView name, QString *error)
{
    if (name.isEmpty() || name == "." || name == ".." || name.contains('/'))
        return failWith(error, Tr::tr("\u201c%1\u201d is not a name inside a folder.").arg(QString::fromUtf8(name)));
    const QByteArray top = name.toByteArray();
    struct stat parent {
    };
    struct stat st {
    };
    if (::fstat(parentFd, &parent) != 0 || ::fstatat(parentFd, top.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return failWith(
            error, Tr::tr("Could not remove \u201c%1\u201d: %2").arg(QString::fromUtf8(name), errorText(errno)));
    // A mount point: emptying it would delete another file system's contents.
    if (S_ISDIR(st.st_mode) && st.st_dev != parent.st_dev)
        return failWith(
            error, Tr::tr("\u201c%1\u201d is a mount point; it is not removed.").arg(QString::fromUtf8(name)));

    Remover remover(name);
    QString walkError;
    if (!walkTree(parentFd, name, remover, &walkError))
        return failWith(error, Tr::tr("Could not remove \u201c%1\u201d: %2").arg(QString::fromUtf8(name), walkError));
    if (!remover.error().isEmpty())
        return failWith(error, remover.error());
    // A top that is not a folder has no leave(): it was unlinked in enter().
    return true;
}

} // namespace CacheLens
