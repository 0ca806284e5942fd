#!/usr/bin/env bash
# The README's two commands:
#   scripts/dev.sh run [ARGS...]   install what is missing, build (dev preset), open CacheLens
#   scripts/dev.sh test            install what is missing, build (ci preset), run every check
# Works as root (CI) and as a normal user with sudo. Packages already installed are skipped
# and the build is incremental, so running either command again is cheap.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# What building needs. qt6-charts-dev's CMake config fails without libqt6opengl6-dev;
# libqt6sql6-sqlite is only a Recommends of Qt SQL; qt6-qpa-plugins and libqt6svg6 are
# loaded at run time, so nothing pulls them in by linking.
build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite
    libspdlog-dev libarchive-dev rapidjson-dev
)
# What the tests and checks need on top: baselines (du is coreutils), validators, Xvfb for
# screenshots, setpriv (util-linux) for permission tests run as root, formatting; man-db and
# systemd (systemd-analyze) check the man page and the user units, dpkg-dev builds the .deb;
# dbus-daemon gives tst_notifier a private session bus with a fake notification server.
test_packages=(
    clang-format xvfb xauth gdu ncdu desktop-file-utils appstream util-linux dpkg-dev file zstd
    imagemagick fonts-noto-cjk hyperfine time man-db systemd dbus-daemon
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'scripts/dev.sh: %s\n' "$*" >&2; exit 1; }

install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "not root and no sudo: install these first: ${missing[*]}"
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset="$1"
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        say "Configuring ($preset)"
        cmake --preset "$preset"
    fi
    say "Building ($preset)"
    cmake --build --preset "$preset"
}

check_format() {
    say "Checking formatting (clang-format $(clang-format --version | grep -o '[0-9][0-9.]*' | head -1))"
    local files
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        files=$(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
    else
        files=$(find app core ui tests -name '*.cpp' -o -name '*.h')
    fi
    # shellcheck disable=SC2086
    clang-format --dry-run -Werror $files
}

smoke_run() {
    local bin="build/ci/bin/cachelens"
    say "Smoke run: $bin --version, and the window offscreen for three seconds"
    QT_QPA_PLATFORM=offscreen "$bin" --version
    local home status=0
    home=$(mktemp -d)
    # Its own instance socket: a CacheLens the developer has open would otherwise take the launch.
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen \
        CACHELENS_INSTANCE_NAME="$home/instance" timeout -s TERM 3 "$bin" || status=$?
    rm -rf "$home"
    # 124: still running when timeout stopped it, which is what a healthy window does.
    [ "$status" -eq 124 ] || die "the window exited early with status $status"
}

check_install() {
    local stage
    stage=$(mktemp -d)
    say "Installing into a staging folder and validating what a package would ship"
    cmake --install build/ci --prefix "$stage/usr" >/dev/null
    local id="io.github.cachelens.CacheLens"
    desktop-file-validate "$stage/usr/share/applications/$id.desktop"
    appstreamcli validate --no-net --pedantic "$stage/usr/share/metainfo/$id.metainfo.xml"
    [ -f "$stage/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || die "the icon was not installed"
    "$stage/usr/bin/cachelens" --version >/dev/null
    rm -rf "$stage"
}

# The .deb a user would install: built by CPack from build/ci, then listed, its Depends read,
# and its binary run from an unpacked copy (it links the system's Qt, so it runs in place).
check_package() {
    say "Building the .deb with CPack and checking what it ships"
    local out
    out=$(mktemp -d)
    (cd build/ci && cpack -G DEB -B "$out" >/dev/null) || die "cpack -G DEB failed"
    local deb
    deb=$(find "$out" -maxdepth 1 -name 'cachelens_*.deb' -print -quit)
    [ -n "$deb" ] || die "cpack made no cachelens_*.deb in $out"
    local id="io.github.cachelens.CacheLens" files path dep
    files=$(dpkg-deb -c "$deb" | awk '{print $NF}')
    for path in ./usr/bin/cachelens \
        "./usr/share/applications/$id.desktop" "./usr/share/metainfo/$id.metainfo.xml" \
        "./usr/share/icons/hicolor/scalable/apps/$id.svg" "./usr/share/icons/hicolor/48x48/apps/$id.png" \
        "./usr/share/icons/hicolor/256x256/apps/$id.png" ./usr/share/man/man1/cachelens.1.gz \
        ./usr/lib/systemd/user/cachelens-monitor.service ./usr/lib/systemd/user/cachelens-scan.service \
        ./usr/lib/systemd/user/cachelens-scan.timer ./usr/share/doc/cachelens/copyright; do
        grep -qxF -- "$path" <<<"$files" || die "$(basename "$deb") lacks $path"
    done
    local depends
    depends=$(dpkg-deb -f "$deb" Depends)
    # The first three are plugins (CPACK_DEBIAN_PACKAGE_DEPENDS); the D-Bus and Network modules
    # are linked, so dpkg-shlibdeps must have found them.
    for dep in qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libqt6dbus6 libqt6network6; do
        grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || die "Depends lacks $dep: $depends"
    done
    dpkg-deb -x "$deb" "$out/root"
    grep -q '^ExecStart=/usr/bin/cachelens ' "$out/root/usr/lib/systemd/user/cachelens-monitor.service" ||
        die "cachelens-monitor.service does not start /usr/bin/cachelens"
    file "$out/root/usr/share/icons/hicolor/48x48/apps/$id.png" | grep -q 'PNG image data, 48 x 48' ||
        die "the 48x48 icon is not a 48x48 PNG"
    QT_QPA_PLATFORM=offscreen "$out/root/usr/bin/cachelens" --version >/dev/null || die "the packaged binary does not run"
    rm -rf "$out"
}

case "${1:-}" in
run)
    shift
    install_missing "${build_packages[@]}"
    build dev
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
        echo "No display here (DISPLAY and WAYLAND_DISPLAY are unset): CacheLens is built, but its window" >&2
        echo "cannot open. Try 'build/dev/bin/cachelens --help', or 'xvfb-run -a scripts/dev.sh run'." >&2
    fi
    say "Starting build/dev/bin/cachelens $*"
    exec build/dev/bin/cachelens "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build ci
    say "Running the test suite"
    ctest --preset ci -j "$(nproc)"
    smoke_run
    check_format
    check_install
    check_package
    say "All checks passed"
    ;;
*)
    echo "usage: scripts/dev.sh run [CACHELENS ARGS...] | scripts/dev.sh test" >&2
    exit 2
    ;;
esac
