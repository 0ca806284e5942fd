#include "ui/notify/notifier.h"

#include "core/logging.h"

#include <spdlog/spdlog.h>

namespace CacheLens
{

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
}

Notifier::~Notifier() = default;

void Notifier::notify(const Notification &notification)
{
    Log::ui()->info("notification: {}: {}", notification.title.toStdString(), notification.body.toStdString());
    Q_EMIT notified(notification);
}

} // namespace CacheLens
