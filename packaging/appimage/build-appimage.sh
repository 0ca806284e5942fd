#!/usr/bin/env bash
# Builds a CacheLens AppImage for distributions other than Debian 12. Not run by CI (it
# downloads linuxdeploy and its Qt plugin, and CI has no network):
#   packaging/appimage/build-appimage.sh [OUT_DIR]
# Build it on the oldest distribution you want to support: the AppImage carries Qt and the
# libraries, but uses the host's glibc.
#
# Needs: a Qt 6.4+ with Charts, SVG and the SQLite driver (qmake6 on PATH or QMAKE set), spdlog,
# libarchive and RapidJSON development files, cmake, ninja, curl or an existing linuxdeploy.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$here/build/appimage}"
arch="$(uname -m)"
appdir="$out/AppDir"
tools="$out/tools"
mkdir -p "$out" "$tools"

fetch() { # fetch NAME URL: reuse a copy on PATH or in $tools, else download it
    local name="$1" url="$2"
    if command -v "$name" >/dev/null; then command -v "$name"; return; fi
    if [ ! -x "$tools/$name" ]; then
        curl -fsSL -o "$tools/$name" "$url"
        chmod +x "$tools/$name"
    fi
    echo "$tools/$name"
}
linuxdeploy=$(fetch "linuxdeploy-$arch.AppImage" \
    "https://github.com/linuxdeploy/linuxdeploy/releases/download/continuous/linuxdeploy-$arch.AppImage")
fetch "linuxdeploy-plugin-qt-$arch.AppImage" \
    "https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases/download/continuous/linuxdeploy-plugin-qt-$arch.AppImage" \
    >/dev/null
export PATH="$tools:$PATH"

cmake -S "$here" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$out/build"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$out/build" --component runtime

id=io.github.cachelens.CacheLens
export QMAKE="${QMAKE:-$(command -v qmake6 || command -v qmake)}"
# Plugins Qt loads at run time that linuxdeploy-plugin-qt does not infer from the links.
export EXTRA_QT_PLUGINS="svg;sqldrivers;iconengines;imageformats"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqoffscreen.so"
(cd "$out" && "$linuxdeploy" --appdir "$appdir" \
    --desktop-file "$appdir/usr/share/applications/$id.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$id.png" \
    --plugin qt --output appimage)
echo "AppImage written to $out"
