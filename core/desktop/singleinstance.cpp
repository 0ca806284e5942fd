#include "core/desktop/singleinstance.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <filesystem>
#include <system_error>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// A message is a handful of paths; anything much bigger is not from a CacheLens launch.
constexpr qint64 MaxMessageBytes = 4 * 1024 * 1024;
constexpr int ClientTimeoutMs = 5000;
const QByteArray OkReply = "ok\n";

// In a folder other users can write to (/tmp), a socket someone else made is not ours to talk
// to: they would read the paths handed over. $XDG_RUNTIME_DIR is private, so this never fires there.
bool ownedByAnotherUser(const QString &path)
{
    struct stat info {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && info.st_uid != ::getuid();
}

} // namespace

QByteArray InstanceMessage::encode() const
{
    QJsonArray encoded;
    for (const QByteArray &path : paths)
        encoded.append(QString::fromLatin1(path.toBase64()));
    const QJsonObject object { { u"version"_s, Version }, { u"activate"_s, activate }, { u"paths_b64"_s, encoded } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<InstanceMessage> InstanceMessage::decode(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(u"version"_s).toInt() != Version || !object.value(u"paths_b64"_s).isArray())
        return std::nullopt;
    InstanceMessage message;
    message.activate = object.value(u"activate"_s).toBool(true);
    for (const QJsonValue &value : object.value(u"paths_b64"_s).toArray()) {
        const auto decoded
            = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        // The sender made its paths absolute: the primary's working folder means nothing to them.
        if (!value.isString() || !decoded || !decoded.decoded.startsWith('/'))
            return std::nullopt;
        message.paths.append(decoded.decoded);
    }
    return message;
}

SingleInstance::SingleInstance(QString socketPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(socketPath))
{
}

SingleInstance::~SingleInstance() = default; // the QLocalServer child removes its socket file

QString SingleInstance::defaultSocketPath()
{
    QString name = u"cachelens-instance"_s;
    if (const QString given = qEnvironmentVariable("CACHELENS_INSTANCE_NAME"); !given.isEmpty()) {
        if (QDir::isAbsolutePath(given))
            return given;
        name = given;
    }
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return runtime + u'/' + name;
    return QDir::tempPath() + u'/' + name + u'-' + QString::number(::getuid());
}

SingleInstance::Role SingleInstance::start()
{
    if (ownedByAnotherUser(m_path)) {
        m_error = tr("%1 belongs to another user; going on without looking for a running CacheLens").arg(m_path);
        return m_role = Role::Standalone;
    }
    // Two launches at the same moment (a double click) would both find no primary; the lock
    // makes the second wait until the first listens. A crashed holder's lock is stale at once.
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(3000))
        Log::app()->warn("single instance: could not lock {}; going on without it", m_path.toStdString());

    QLocalSocket probe;
    if (tryConnect(probe, 1000)) {
        probe.abort();
        return m_role = Role::Secondary;
    }
    // Nobody answers: no socket, or one left behind by a crash. Replace it.
    QLocalServer::removeServer(m_path);
    if (listen())
        return m_role = Role::Primary;
    return m_role = Role::Standalone;
}

SingleInstance::Role SingleInstance::role() const
{
    return m_role;
}

QString SingleInstance::socketPath() const
{
    return m_path;
}

QString SingleInstance::errorString() const
{
    return m_error;
}

bool SingleInstance::tryConnect(QLocalSocket &socket, int timeoutMs) const
{
    socket.connectToServer(m_path);
    return socket.waitForConnected(timeoutMs);
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_path)) {
        m_error = tr("cannot listen on %1: %2").arg(m_path, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    Log::app()->info("single instance: listening on {}", m_path.toStdString());
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that connects and says nothing (start()'s probe, or a hung launch) is dropped.
        QTimer::singleShot(ClientTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxMessageBytes)
            socket->abort();
        return;
    }
    const std::optional<InstanceMessage> message = InstanceMessage::decode(socket->readLine(MaxMessageBytes));
    if (!message) {
        Log::app()->warn(
            "single instance: ignored a message that is not CacheLens version {}", InstanceMessage::Version);
        socket->write("error unsupported message; expected version 1\n");
        socket->disconnectFromServer();
        return;
    }
    // Answer first: the other launch exits as soon as it knows, whatever opening the paths costs.
    socket->write(OkReply);
    socket->disconnectFromServer();
    Log::app()->info("single instance: another launch handed over {} path(s)", message->paths.size());
    Q_EMIT messageReceived(*message);
}

bool SingleInstance::handOver(const InstanceMessage &message, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    auto remaining = [&] { return std::max(1, timeoutMs - int(clock.elapsed())); };
    QLocalSocket socket;
    if (!tryConnect(socket, remaining())) {
        m_error = tr("the running CacheLens does not answer: %1").arg(socket.errorString());
        return false;
    }
    socket.write(message.encode());
    if (!socket.waitForBytesWritten(remaining())) {
        m_error = tr("the running CacheLens did not take the message: %1").arg(socket.errorString());
        return false;
    }
    while (!socket.canReadLine() && clock.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(remaining()))
            break;
    }
    const QByteArray reply = socket.canReadLine() ? socket.readLine() : QByteArray();
    if (reply != OkReply) {
        m_error = reply.isEmpty() ? tr("the running CacheLens did not answer in time")
                                  : tr("the running CacheLens refused: %1").arg(QString::fromUtf8(reply.trimmed()));
        return false;
    }
    return true;
}

QByteArray absolutePathBytes(const QByteArray &path)
{
    if (path.startsWith('/'))
        return path;
    QByteArray relative = path;
    while (relative.startsWith("./"))
        relative.remove(0, 2);
    if (relative == ".")
        relative.clear();
    std::error_code error;
    const std::filesystem::path cwd = std::filesystem::current_path(error);
    if (error)
        return path; // the working folder is gone: nothing better to offer
    QByteArray absolute = QByteArray::fromStdString(cwd.native());
    if (relative.isEmpty())
        return absolute;
    if (!absolute.endsWith('/'))
        absolute += '/';
    return absolute + relative;
}

} // namespace CacheLens
