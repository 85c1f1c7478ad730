#!/bin/sh
# Install a built casereview folder for the current user on Linux:
#   python installer/build.py && sh installer/install-linux.sh [DIST_DIR]
# Puts the app in ~/.local/opt/casereview, a command in ~/.local/bin, and
# registers the desktop file, the icon and the .casereview file type.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dist=${1:-"$here/../dist"}/casereview
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
[ -x "$dist/casereview" ] || { echo "Geen build gevonden in $dist; draai eerst installer/build.py" >&2; exit 2; }

mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data/applications" "$data/mime/packages"
rm -rf "$HOME/.local/opt/casereview"
cp -r "$dist" "$HOME/.local/opt/casereview"
ln -sf "$HOME/.local/opt/casereview/casereview" "$HOME/.local/bin/casereview"
for size in 16 24 32 48 64 128 256; do
    target="$data/icons/hicolor/${size}x${size}"
    mkdir -p "$target/apps" "$target/mimetypes"
    cp "$here/../resources/icons/casereview-$size.png" "$target/apps/casereview.png"
    cp "$here/../resources/icons/casereview-$size.png" "$target/mimetypes/application-x-casereview.png"
done
cp "$here/casereview.desktop" "$data/applications/casereview.desktop"
cp "$here/casereview-mime.xml" "$data/mime/packages/casereview.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "casereview staat in $HOME/.local/opt/casereview; start met 'casereview' of via het menu."
