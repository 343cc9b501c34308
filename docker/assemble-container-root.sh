#!/usr/bin/env bash
# Lays out the container image's file tree as a folder, target/dist/container-root/, from the layer tree that
# build-layer.sh made (run by `mvn -Pdist package` right after it). docker/Dockerfile copies this folder into
# a busybox image as is, so a test that runs this tree's `llrt` runs what the image would run.
#   usr/local/bin/llrt            the launcher (bootstrap under another name; on busybox's PATH)
#   usr/local/lib/llrt-java/      jre/ and lib/, found by the launcher as ../lib/llrt-java
#   usr/local/lib/llrt-java/sdk/  the embedded AWS SDK (std-sdk flavour)
#   var/task/                     the image's WORKDIR and LAMBDA_TASK_ROOT, empty: functions add their code
#   usr/local/lib/llrt-java/llrt.aot  JDK AOT cache, trained again on this tree (the layer's own was trained under
#                                 layer/; retraining here keeps the image's cache exact for its own launcher path)
# usage: assemble-container-root.sh <project-dir> <jdk-home>
set -euo pipefail
project=$(cd "$1" && pwd)
jdk=$2
dist="$project/target/dist"
layer="$dist/layer"
root="$dist/container-root"

[ -x "$layer/bootstrap" ] || { echo "assemble-container-root: $layer is missing (build-layer.sh first)" >&2; exit 1; }
rm -rf "$root"
mkdir -p "$root/usr/local/bin" "$root/usr/local/lib" "$root/var/task"
cp -a "$layer/llrt-java" "$root/usr/local/lib/llrt-java"
cp "$layer/bootstrap" "$root/usr/local/bin/llrt"
# the image embeds the std-sdk flavour of the AWS SDK, as the default layer does
if [ -f "$project/target/sdk/std-sdk/manifest.json" ]; then
  cp -a "$project/target/sdk/std-sdk" "$root/usr/local/lib/llrt-java/sdk"
fi
chmod 755 "$root/usr/local/bin/llrt"
# the cache records where the jars were; the JVM accepts it after the tree moves to / (same relative layout)
"$jdk/bin/java" "$project/src/main/dist/AotTraining.java" "$root/usr/local/bin/llrt" \
  "$root/usr/local/lib/llrt-java/llrt.aot"
echo "container-root: $(du -sb "$root" | cut -f1) bytes in $root" | tee -a "$dist/SIZES.txt"

# The native variant (docker/Dockerfile.native), from the native layer tree when -Pdist built it:
#   usr/local/bin/llrt            bootstrap-native under another name
#   usr/local/lib/llrt/           the executable, its shared libraries and the std-sdk flavour (sdk/)
native_layer="$dist/native-layer"
native_root="$dist/container-root-native"
rm -rf "$native_root"
if [ -x "$native_layer/bootstrap" ]; then
  mkdir -p "$native_root/usr/local/bin" "$native_root/usr/local/lib" "$native_root/var/task"
  cp -a "$native_layer/llrt" "$native_root/usr/local/lib/llrt"
  cp "$native_layer/bootstrap" "$native_root/usr/local/bin/llrt"
  cp -a "$project/target/sdk/std-sdk" "$native_root/usr/local/lib/llrt/sdk"
  chmod 755 "$native_root/usr/local/bin/llrt"
  echo "container-root-native: $(du -sb "$native_root" | cut -f1) bytes in $native_root" | tee -a "$dist/SIZES.txt"
fi
