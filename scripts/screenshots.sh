#!/usr/bin/env bash
# Regenerates the README screenshots under Xvfb: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs xvfb and imagemagick (installed by 'scripts/dev.sh test').
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build/dev}"
out="${2:-$here/docs/screenshots}"
bin="$build/bin/cachelens"
[ -x "$bin" ] || { echo "no $bin: build first (scripts/dev.sh run or cmake --build --preset dev)" >&2; exit 1; }
mkdir -p "$out"

home=$(mktemp -d)
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
cleanup() { kill "$app" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
sleep 1

shoot() {   # shoot NAME [CACHELENS ARGS...]; SHOT_HOME overrides HOME
    local name="$1"
    shift
    HOME="${SHOT_HOME:-$home}" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" DISPLAY="$display" \
        CACHELENS_INSTANCE_NAME="$home/instance" QT_QPA_PLATFORM=xcb "$bin" "$@" &
    app=$!
    sleep "${SHOT_DELAY:-3}"
    import -display "$display" -window root "$out/$name.png"
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    echo "wrote $out/$name.png"
}

# A small ML-flavoured tree to look at: sizes come from sparse files, so it costs no disk.
demo="$home/demo"
mkfile() { mkdir -p "$(dirname "$demo/$1")"; truncate -s "$2" "$demo/$1"; }
hub=.cache/huggingface/hub
mkfile "$hub/models--meta-llama--Llama-3.1-8B/blobs/5f2a1c" 16G
mkfile "$hub/models--meta-llama--Llama-3.1-8B/blobs/9b7e44" 9M
mkdir -p "$demo/$hub/models--meta-llama--Llama-3.1-8B/snapshots/0e9e39f/"
ln -s ../../blobs/5f2a1c "$demo/$hub/models--meta-llama--Llama-3.1-8B/snapshots/0e9e39f/model.safetensors"
mkfile "$hub/models--openai--whisper-large-v3/blobs/a1b2c3" 3G
mkfile "$hub/datasets--HuggingFaceFW--fineweb-edu/blobs/77aa01" 7G
mkfile ".cache/huggingface/datasets/imdb/plain_text/train.arrow" 120M
mkfile ".cache/torch/hub/checkpoints/resnet50-0676ba61.pth" 98M
mkfile ".cache/pip/http-v2/a/b/c/0f3e" 650M
for step in 500 1000 1500 2000; do
    mkfile "projects/llm-finetune/output/checkpoint-$step/model.safetensors" 2G
    mkfile "projects/llm-finetune/output/checkpoint-$step/optimizer.pt" 4G
done
mkfile "projects/llm-finetune/runs/Nov22/events.out.tfevents.1795300000.gpu01" 35M
mkfile "projects/llm-finetune/wandb/run-20261122_051203-abc123/files/output.log" 2M

shoot welcome
# The demo's files are sparse: show their lengths, as a user would with View > Apparent Sizes.
mkdir -p "$home/config/cachelens"
printf '[view]\napparentSizes=true\n' > "$home/config/cachelens/cachelens.conf"
SHOT_DELAY=4 shoot scan "$demo"
# The dark colour scheme (Preferences > General), as on a dark desktop.
CACHELENS_COLOR_SCHEME=dark SHOT_DELAY=4 shoot scan-dark "$demo"
printf '[view]\napparentSizes=true\nchart=sunburst\n' > "$home/config/cachelens/cachelens.conf"
SHOT_DELAY=4 shoot sunburst "$demo"
# The Caches tab: with the demo as the home folder, its caches are the known caches.
printf '[view]\napparentSizes=true\nchart=caches\n' > "$home/config/cachelens/cachelens.conf"
SHOT_HOME="$demo" SHOT_DELAY=4 shoot caches "$demo"
# The cleanup wizard's preview: the demo is the home folder, so its caches are the known caches.
mkfile ".cache/huggingface/hub/models--openai--whisper-large-v3/blobs/e4f5a6.incomplete" 1200M
mkfile ".cache/pip/http-v2/d/e/f/81aa" 320M
printf '[view]\napparentSizes=true\n' > "$home/config/cachelens/cachelens.conf"
SHOT_HOME="$demo" CACHELENS_SCREENSHOT_CLEANUP="temp,cache:pip,checkpoints" SHOT_DELAY=15 \
    shoot cleanup "$demo/projects/llm-finetune"
SHOT_HOME="$demo" CACHELENS_SCREENSHOT_CLEANUP="temp,cache:pip,checkpoints" CACHELENS_COLOR_SCHEME=dark SHOT_DELAY=15 \
    shoot cleanup-dark "$demo/projects/llm-finetune"
rm "$home/config/cachelens/cachelens.conf"
LANGUAGE=zh_CN LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 shoot welcome-zh_CN

# The Disk view: a day of made-up history behind each real volume - slow growth, then a steep
# last six hours (a training run writing checkpoints) - under the real numbers the window samples.
history="$home/data/cachelens/history.sqlite"
XDG_DATA_HOME="$home/data" "$bin" monitor --once --json --history "$history" > "$home/volumes.json"
python3 - "$history" "$home/volumes.json" <<'PY'
import json, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
now = int(time.time())
for v in json.loads(open(sys.argv[2]).readline())["volumes"]:
    if v["used_bytes"] is None or v["used_bytes"] == 0:
        continue
    used_now, avail_now = v["used_bytes"], v["available_bytes"]
    fast = min(avail_now / 18, used_now * 0.5 / 6) / 3600  # bytes per second: full in ~18 h if room
    slow = used_now * 0.1 / 18 / 3600
    for age in range(24 * 3600, 0, -600):
        grown = fast * min(age, 6 * 3600) + slow * max(0, age - 6 * 3600)
        used = int(used_now - grown)
        db.execute("INSERT INTO samples VALUES (?, CAST(? AS BLOB), CAST(? AS BLOB), ?, ?, ?)",
                   (now - age, v["mount"], v["device"], v["total_bytes"], used, avail_now + used_now - used))
db.commit()
PY
CACHELENS_SCREENSHOT_VIEW=disk SHOT_DELAY=4 shoot disk
CACHELENS_SCREENSHOT_VIEW=disk CACHELENS_COLOR_SCHEME=dark SHOT_DELAY=4 shoot disk-dark
