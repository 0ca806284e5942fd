#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace CacheLens
{

/// The empty state: what CacheLens does and the ways to start.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// The latest scans, newest first, offered as links (at most five).
    void setRecentScans(const QList<QList<QByteArray>> &scans);

Q_SIGNALS:
    void openFolderRequested();
    void scanCachesRequested();
    void cleanUpRequested();
    void recentScanRequested(const QList<QByteArray> &roots);

private:
    QWidget *m_recent = nullptr;
    QVBoxLayout *m_recentLinks = nullptr;
};

} // namespace CacheLens
