#!/usr/bin/env bash
# Builds the native Lambda layer zips (run by `mvn -Pdist package` after build-native.sh and build-layer.sh):
#   target/dist/native-layer/                   bootstrap + llrt/{llrt, *.so}, the tree Lambda mounts at /opt
#   target/dist/llrt-lambda-<arch>-no-sdk.zip   with target/native-no-sdk/llrt when built (build-native.sh . no-sdk:
#                                               no SDK in its image heap), else the std-sdk executable
#   target/dist/llrt-lambda-<arch>.zip          + llrt/sdk/ = the std-sdk flavour (the default, compiled into the
#                                               executable's image heap; the files stay for the loader to resolve)
#   target/dist/llrt-lambda-<arch>-full-sdk.zip + llrt/sdk/ = the full-sdk flavour (its files that std-sdk has too
#                                               are taken from the image heap, the others parsed on first import)
# Sizes are appended to target/dist/SIZES.txt and checked against Lambda's limits.
# usage: build-native-layer.sh <project-dir>
set -euo pipefail
project=$(cd "$1" && pwd)
target="$project/target"
dist="$target/dist"
layer="$dist/native-layer"
exe="$target/native/llrt"
[ -x "$exe" ] || { echo "build-native-layer: $exe is missing (build-native.sh first)" >&2; exit 1; }

case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "build-native-layer: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac

rm -rf "$layer"
mkdir -p "$layer/llrt"
# the shared libraries the assembled toolchain's executable loads from beside itself (none with a GraalVM)
for lib in "$target"/native/*.so; do
  [ -e "$lib" ] && cp "$lib" "$layer/llrt/"
done
cp "$project/src/main/dist/bootstrap-native" "$layer/bootstrap"
chmod 755 "$layer/bootstrap"

place() { # <executable>: it becomes the layer's llrt/llrt, stripped, and answers through bootstrap
  cp "$1" "$layer/llrt/llrt"
  chmod 755 "$layer/llrt/llrt"
  if command -v strip >/dev/null 2>&1; then
    strip --strip-unneeded "$layer/llrt/llrt" "$layer"/llrt/*.so 2>/dev/null || true
  fi
  local smoke
  smoke=$("$layer/bootstrap" -p '[1, 2].map(function (x) { return x * 21; }).join()')
  [ "$smoke" = "21,42" ] || { echo "build-native-layer: the packaged runtime printed '$smoke', not 21,42" >&2; exit 1; }
}

check_sizes() { # <zip> <unzipped bytes>: a direct upload takes 50 MiB zipped, Lambda 250 MiB unzipped with all layers
  local zipped
  zipped=$(stat -c %s "$dist/$1")
  echo "$1 zipped_bytes=$zipped unzipped_bytes=$2" | tee -a "$dist/SIZES.txt"
  if [ "$2" -gt 262144000 ] || [ "$zipped" -gt 52428800 ]; then
    echo "build-native-layer: $1 exceeds Lambda's limits" >&2
    exit 1
  fi
}

no_sdk="llrt-lambda-$arch-no-sdk.zip"
rm -f "$dist/$no_sdk"
exe_no_sdk="$target/native-no-sdk/llrt"
# built after the std-sdk one by -Pdist; an older one is a leftover of an earlier build
[ -x "$exe_no_sdk" ] && [ "$exe_no_sdk" -nt "$exe" ] || exe_no_sdk="$exe"
place "$exe_no_sdk"
# -X: no extra file attributes; unix permissions (bootstrap's and llrt's exec bits) are kept, which Lambda honours.
(cd "$layer" && zip -q -r -9 -X "$dist/$no_sdk" bootstrap llrt)
check_sizes "$no_sdk" "$(du -sb "$layer" | cut -f1)"

# the SDK flavours: the std-sdk executable (its image heap holds std-sdk), and native-layer/ keeps it
place "$exe"
base="$dist/work/native-base.zip"
mkdir -p "$dist/work"
rm -f "$base"
(cd "$layer" && zip -q -r -9 -X "$base" bootstrap llrt)

for flavour in std-sdk full-sdk; do
  [ -f "$target/sdk/$flavour/manifest.json" ] || { echo "build-native-layer: $target/sdk/$flavour is missing" >&2; exit 1; }
  name="llrt-lambda-$arch-$flavour.zip"
  [ "$flavour" = std-sdk ] && name="llrt-lambda-$arch.zip"
  stage="$dist/work/native-$flavour"
  rm -rf "$stage" "$dist/$name"
  mkdir -p "$stage/llrt"
  cp -a "$target/sdk/$flavour" "$stage/llrt/sdk"
  cp "$base" "$dist/$name"
  (cd "$stage" && zip -q -r -9 -X "$dist/$name" llrt/sdk)
  check_sizes "$name" $(( $(du -sb "$layer" | cut -f1) + $(du -sb "$stage" | cut -f1) ))
done
