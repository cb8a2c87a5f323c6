#!/bin/sh
# Install the bundle built by `make package` for the current user, no root needed:
#   the application in ~/.local/opt/registre, a `registre` link in ~/.local/bin, and the
#   desktop entry, icons, AppStream metadata and register file type in ~/.local/share.
# `packaging/install-linux.sh --uninstall` takes all of it away again; the registers, their
# backups and the settings are the user's and stay where they are.
set -eu

APP_ID=io.github.registre.Registre
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BUNDLE=${BUNDLE:-$ROOT/dist/registre}
PREFIX=${PREFIX:-$HOME/.local}
DATA=${XDG_DATA_HOME:-$PREFIX/share}
OPT=$PREFIX/opt/registre
SIZES="16 32 48 64 128 256 512"

refresh() {
    # Each tool is optional: a desktop without it picks the files up at next login.
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
    command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT"
    rm -f "$PREFIX/bin/registre" "$DATA/applications/$APP_ID.desktop" \
          "$DATA/metainfo/$APP_ID.metainfo.xml" "$DATA/mime/packages/$APP_ID.xml" \
          "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh
    echo "Registre uninstalled (your registers are still in $DATA/registre)."
    exit 0
fi

if [ ! -x "$BUNDLE/registre" ]; then
    echo "no bundle in $BUNDLE: run 'make package' first" >&2
    exit 2
fi

# A fresh copy, so files a previous version had and this one dropped do not linger.
rm -rf "$OPT.new"
mkdir -p "$(dirname "$OPT")"
cp -a "$BUNDLE" "$OPT.new"
rm -rf "$OPT"
mv "$OPT.new" "$OPT"

mkdir -p "$PREFIX/bin"
ln -sf "$OPT/registre" "$PREFIX/bin/registre"

ICONS=$ROOT/resources/icons
mkdir -p "$DATA/icons/hicolor/scalable/apps"
install -m 644 "$ICONS/$APP_ID.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$ICONS/$APP_ID-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

# Exec by absolute path: ~/.local/bin is not on every desktop session's PATH.
mkdir -p "$DATA/applications"
sed -e "s|^Exec=registre |Exec=$OPT/registre |" -e "s|^TryExec=registre\$|TryExec=$OPT/registre|" \
    "$HERE/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
mkdir -p "$DATA/metainfo" "$DATA/mime/packages"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$HERE/$APP_ID.mime.xml" "$DATA/mime/packages/$APP_ID.xml"
refresh

echo "Registre installed in $OPT; start it from the applications menu or with 'registre'."
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "($PREFIX/bin is not on your PATH: add it to run 'registre' from a terminal.)" ;;
esac
