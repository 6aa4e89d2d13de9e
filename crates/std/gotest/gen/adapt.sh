#!/bin/sh
# Copies a file from Go 1.19's source tree into crates/std/go with an attribution line.
# usage: adapt.sh SRC_REL_PATH DEST_REL_PATH   (paths relative to $GOROOT/src and crates/std/go)
set -eu
GOSRC=${GOROOT:-$(go env GOROOT)}/src
HERE=$(cd "$(dirname "$0")/../.." && pwd)
src=$GOSRC/$1
dst=$HERE/go/$2
sed -e 's#^// license that can be found in the LICENSE file\.#// license that can be found in the LICENSE-GO file (crates/std).\n// mingo: adapted from Go 1.19 src/'"$1"'.#' "$src" > "$dst"
