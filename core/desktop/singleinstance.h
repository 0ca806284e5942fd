#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace CacheLens
{

/// What a second launch hands to the running window.
struct InstanceMessage {
    static constexpr int Version = 1;

    QList<QByteArray> paths; ///< absolute, raw bytes (non-UTF-8 names survive: base64 on the wire)
    bool activate = true; ///< raise the window (false for `--minimized`: only open the paths)

    /// One line of compact JSON: {"version":1,"activate":true,"paths_b64":[...]}\n
    [[nodiscard]] QByteArray encode() const;
    /// The message in line (without or with its newline); none when it is not one we understand.
    [[nodiscard]] static std::optional<InstanceMessage> decode(const QByteArray &line);
};

/// One GUI instance per user: the first launch listens on a per-user local socket, later
/// launches hand their paths to it and exit.
///
/// The socket is `$XDG_RUNTIME_DIR/cachelens-instance` (private to the user), or
/// `/tmp/cachelens-instance-UID` without a runtime folder; `$CACHELENS_INSTANCE_NAME` overrides
/// it (an absolute path, or a name in that folder) so tests and the screenshot script never
/// meet a user's running window. A socket left by a crash is noticed (nobody answers) and
/// replaced; a lock file around the check keeps two launches at the same moment from both
/// becoming the primary.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary, ///< listening: this process is the instance
        Secondary, ///< another instance runs: handOver() to it
        Standalone, ///< neither listening nor reachable (error()): run without the feature
    };

    explicit SingleInstance(QString socketPath = defaultSocketPath(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket path for this user (honours $CACHELENS_INSTANCE_NAME).
    [[nodiscard]] static QString defaultSocketPath();

    /// Becomes the primary or finds the one running. Blocks for at most a few seconds (only
    /// when another launch is deciding at the same moment).
    Role start();
    [[nodiscard]] Role role() const;
    [[nodiscard]] QString socketPath() const;
    /// Why start() or handOver() failed, for the log and stderr.
    [[nodiscard]] QString errorString() const;

    /// Secondary: sends message and waits for the primary's answer; false (errorString()) when
    /// it did not take it.
    [[nodiscard]] bool handOver(const InstanceMessage &message, int timeoutMs = 5000);

Q_SIGNALS:
    /// Primary: another launch asked for this (paths already absolute).
    void messageReceived(const CacheLens::InstanceMessage &message);

private:
    [[nodiscard]] bool tryConnect(QLocalSocket &socket, int timeoutMs) const;
    bool listen();
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_path;
    QLocalServer *m_server = nullptr;
    Role m_role = Role::Standalone;
    QString m_error;
};

/// path made absolute against the current working folder, as raw bytes (the folder's name need
/// not be UTF-8 either). An absolute path is returned unchanged.
[[nodiscard]] QByteArray absolutePathBytes(const QByteArray &path);

} // namespace CacheLens

Q_DECLARE_METATYPE(CacheLens::InstanceMessage)
