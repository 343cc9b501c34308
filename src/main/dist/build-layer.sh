#!/usr/bin/env bash
# Builds the Lambda layer zips (run by `mvn -Pdist package`, after the jar, its runtime dependencies and the SDK
# flavours in target/sdk/ exist):
#   target/dist/layer/            bootstrap + llrt-java/{jre,lib,llrt.aot}, the tree Lambda mounts at /opt (no SDK)
#   target/dist/llrt-lambda-<arch>-jvm-no-sdk.zip   (the native layers, build-native-layer.sh, take the plain names)
#   target/dist/llrt-lambda-<arch>-jvm.zip       + llrt-java/sdk/ = the std-sdk flavour (the default, as LLRT's)
#   target/dist/llrt-lambda-<arch>-jvm-full-sdk.zip + llrt-java/sdk/ = the full-sdk flavour
#   target/dist/SIZES.txt         zipped and unzipped sizes, checked against Lambda's limits
# usage: build-layer.sh <jdk-home-with-jlink> <project-dir>
# The Java runtime is jlink'd from the build JDK for the machine's own architecture: build on arm64 for arm64.
set -euo pipefail
jdk=${JLINK_JAVA_HOME:-$1}
project=$(cd "$2" && pwd)
target="$project/target"
dist="$target/dist"
work="$dist/work"        # lib/ is filled by the dist profile's copy-dependencies
layer="$dist/layer"
home="$layer/llrt-java"

case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "build-layer: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
zip_name="llrt-lambda-$arch-jvm-no-sdk.zip"

[ -x "$jdk/bin/jlink" ] || { echo "build-layer: no jlink in $jdk (set JLINK_JAVA_HOME to a JDK 25)" >&2; exit 1; }
[ -f "$target/llrt.jar" ] || { echo "build-layer: $target/llrt.jar is missing (run package first)" >&2; exit 1; }

rm -rf "$layer" "$dist/$zip_name"
mkdir -p "$home/lib"
cp "$target/llrt.jar" "$home/lib/"
cp "$work"/lib/*.jar "$home/lib/"
# Rhino's built-ins as plain lambdas, so the AOT cache below archives them (PlainLambdas.java says why)
"$jdk/bin/java" "$project/src/main/dist/PlainLambdas.java" "$home"/lib/rhino-*.jar

# Modules the code really uses, from the jars themselves rather than a hand-kept list.
modules=$("$jdk/bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps -q \
  --class-path "$home/lib/*" "$home"/lib/*.jar)
echo "build-layer: modules $modules"

# No --compress: a compressed jimage zips worse than a plain one (measured: 48 MB vs 40 MB zipped).
# No --generate-cds-archive: the layer ships an AOT cache instead (below), which replaces the default CDS archive
# and leaves no room for it under 50 MB zipped.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --output "$home/jre" >/dev/null
# java.desktop comes in for java.beans (Rhino, Jackson); its AWT/font/sound native libraries load only with
# AWT, which nothing here uses.
for lib in libawt.so libawt_headless.so libawt_xawt.so libjawt.so libfontmanager.so libfreetype.so liblcms.so \
  libmlib_image.so libjavajpeg.so libjsound.so libsplashscreen.so; do
  rm -f "$home/jre/lib/$lib"
done
# libjvm.so ships with its full symbol table; the dynamic symbols it needs stay.
if command -v strip >/dev/null 2>&1; then
  strip --strip-unneeded "$home/jre/lib/server/libjvm.so"
fi

cp "$project/src/main/dist/bootstrap" "$layer/bootstrap"
chmod 755 "$layer/bootstrap" "$home/jre/bin/"*

# JDK AOT cache (JEP 483/514/515) from a training run of this very tree through its own bootstrap: classes
# loaded and linked, lambdas spun, profiles; halves the CPU time to the first response (README "Benchmark").
# It records the jars' paths relative to the layout, so it still serves once Lambda mounts the tree at /opt.
# The training run borrows the std-sdk flavour (the SDK is JavaScript: the cache holds the Java classes its import
# and first request use, e.g. the HTTP client's), so the cache is the same in every flavour's zip.
LLRT_JAVA_OPTS="-Dllrt.sdk=$target/sdk/std-sdk" \
  "$jdk/bin/java" "$project/src/main/dist/AotTraining.java" "$layer/bootstrap" "$home/llrt.aot"

# The runtime must start as packaged, with the cache accepted (AOTMode=on fails otherwise), before it is zipped.
smoke=$(LLRT_JAVA_OPTS=-XX:AOTMode=on "$layer/bootstrap" -p '[1, 2].map(function (x) { return x * 21; }).join()')
[ "$smoke" = "21,42" ] || { echo "build-layer: the packaged runtime printed '$smoke', not 21,42" >&2; exit 1; }

# -X: no extra file attributes; unix permissions (bootstrap's exec bit) are kept, which Lambda honours.
(cd "$layer" && zip -q -r -9 -X "$dist/$zip_name" bootstrap llrt-java)

echo "limits: zipped <= 52428800 (50 MiB, direct upload), unzipped <= 262144000 (250 MiB, with all layers)" \
  > "$dist/SIZES.txt"
# usage: check_sizes <zip> <unzipped bytes>: every flavour must fit a direct upload (50 MiB) and Lambda's 250 MiB.
check_sizes() {
  local zipped
  zipped=$(stat -c %s "$dist/$1")
  echo "$1 zipped_bytes=$zipped unzipped_bytes=$2" | tee -a "$dist/SIZES.txt"
  if [ "$2" -gt 262144000 ] || [ "$zipped" -gt 52428800 ]; then
    echo "build-layer: $1 exceeds Lambda's limits" >&2
    exit 1
  fi
}
check_sizes "$zip_name" "$(du -sb "$layer" | cut -f1)"

# The SDK flavours: the no-sdk zip plus llrt-java/sdk/ (bootstrap passes -Dllrt.sdk when it finds the manifest).
# Appending to a copy of the zip keeps the runtime's entries byte for byte the same in every flavour.
for flavour in std-sdk full-sdk; do
  [ -f "$target/sdk/$flavour/manifest.json" ] || { echo "build-layer: $target/sdk/$flavour is missing" >&2; exit 1; }
  name="llrt-lambda-$arch-jvm-$flavour.zip"
  [ "$flavour" = std-sdk ] && name="llrt-lambda-$arch-jvm.zip"
  # The SDK adds 0.75 MB (std) / 2.1 MB (full) zipped to the no-sdk zip (README "Deploying" has the sizes).
  stage="$dist/work/$flavour"
  rm -rf "$stage" "$dist/$name"
  mkdir -p "$stage/llrt-java"
  cp -a "$target/sdk/$flavour" "$stage/llrt-java/sdk"
  cp "$dist/$zip_name" "$dist/$name"
  (cd "$stage" && zip -q -r -9 -X "$dist/$name" llrt-java/sdk)
  check_sizes "$name" $(( $(du -sb "$layer" | cut -f1) + $(du -sb "$stage" | cut -f1) ))
done
