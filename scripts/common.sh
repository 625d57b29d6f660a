# Shared by scripts/run and scripts/test: install what is missing from
# Debian's packages, then configure and build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${PRIORITEER_BUILD:-$ROOT/build}"

BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    libimgui-dev libglfw3-dev libx11-dev libepoxy-dev libyaml-cpp-dev libcli11-dev doctest-dev
    libfreetype-dev fonts-noto-core
    # Faces the window falls back on for what Noto Sans lacks (ui/fonts.cpp):
    # Chinese, Japanese and Korean in 5 MB (fonts-noto-cjk is 91 MB), and
    # the symbols and emoji of the first 65,536 characters.
    fonts-wqy-microhei fonts-symbola
    libzip-dev libcairo2-dev libpango1.0-dev
    # The phone server (src/net); cpp-httplib's pkg-config file requires
    # openssl, zlib and brotli even where the server uses none of them.
    libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev libqrencode-dev nlohmann-json3-dev
)
CLANG_PACKAGES=(clang-14 libclang-rt-14-dev)  # scripts/clang-check and scripts/fuzz
# Every outside program the tests and benchmarks call, found missing by
# scripts/fresh-check in a minimal root: import (imagemagick), mount/umount;
# setxkbmap (x11-xkb-utils) comes with xvfb today, and is named so it stays.
TEST_PACKAGES=(
    python3 xvfb xauth xdotool imagemagick mount x11-xkb-utils
    pandoc poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui
    # A real phone's browser for tests/e2e/test_phones_browser.py, and a
    # reader of the QR code it scans off the window.
    chromium chromium-driver python3-selenium zbar-tools
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Quiet when everything is there; one apt-get run for whatever is not.
ensure_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing from Debian: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DPRIORITEER_WERROR="$werror" >/dev/null
    cmake --build "$BUILD"
}
