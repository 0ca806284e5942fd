#pragma once

#include <QWidget>

namespace CacheLens
{

/// The empty state: what CacheLens does and the ways to start.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void openFolderRequested();
    void scanCachesRequested();
    void cleanUpRequested();
};

} // namespace CacheLens
