#!/usr/bin/env bash
# Builds the native executable (run by `mvn -Pnative package` and `mvn -Pdist package`, after target/llrt.jar,
# target/lib/ and target/sdk/std-sdk exist):
#   target/native/llrt        dev.llrtj.Main compiled by GraalVM Native Image, with the runtime's JS, Rhino's
#                             standard objects and the std-sdk flavour's files prepared in its image heap
#   target/native/*.so        the shared libraries it loads from beside itself (assembled toolchain only)
#   target/native/sdk/        the std-sdk flavour, found beside the executable as in the native layer
# With a second argument `no-sdk`: target/native-no-sdk/llrt, the no-sdk layer's executable, whose image heap holds
# the runtime's JS and a prepared realm but no SDK (the SDK's objects cost a start that never imports them ~6 MB of
# resident pages and ~1.3 ms: docs/native-image.md).
# The builder: $GRAALVM_HOME/bin/native-image, else native-image on PATH, else the project's assembled toolchain
# (native/toolchain.sh: the builder jars from Maven Central on this Temurin 25, no GraalVM distribution).
# The options are the same for both; the rest of the configuration is in the jar's
# META-INF/native-image/dev.llrtj/llrt/ (docs/native-image.md).
# usage: build-native.sh <project-dir> [std-sdk|no-sdk]
set -euo pipefail
project=$(cd "$1" && pwd)
flavour=${2:-std-sdk}
target="$project/target"
[ -f "$target/llrt.jar" ] || { echo "build-native: $target/llrt.jar is missing (run package first)" >&2; exit 1; }
case $flavour in
  std-sdk)
    out="$target/native"
    sdk="$target/sdk/std-sdk"
    [ -f "$sdk/manifest.json" ] || { echo "build-native: $sdk is missing (bundles/sdk/build.sh std-sdk)" >&2; exit 1; }
    sdk_option=(-J-Dllrt.image.sdk="$sdk") ;;
  no-sdk)
    out="$target/native-no-sdk"
    sdk=
    sdk_option=() ;;
  *) echo "build-native: no flavour '$flavour' (std-sdk or no-sdk)" >&2; exit 1 ;;
esac

toolchain=
if [ -n "${GRAALVM_HOME:-}" ] && [ -x "$GRAALVM_HOME/bin/native-image" ]; then
  builder="$GRAALVM_HOME/bin/native-image"
elif command -v native-image >/dev/null 2>&1; then
  builder=$(command -v native-image)
else
  toolchain=$("$project/native/toolchain.sh" | tail -n 1)
  builder="$toolchain/bin/native-image"
fi
echo "build-native: builder $builder" >&2

classpath="$target/llrt.jar"
for jar in "$target"/lib/*.jar; do classpath="$classpath:$jar"; done

rm -rf "$out"
mkdir -p "$out"
# -march=x86-64-v2: runs on every x86-64 Lambda host (the default, v3, needs AVX2); the executable checks at start.
# The builder JVM's own properties: which SDK flavour the image heap holds; Vert.x's DNS switch, read by classes
# the image initialises at build time (the launchers pass the same at run time).
# -no-pie: a position-independent executable made the loader apply 100,149 relocations to the image heap (410 pages
# written, then mapped again for the isolate) at every start; linked at a fixed address there are none.
# InstallExitHandlers: SIGTERM, SIGINT and SIGHUP run the shutdown hooks (the emulator's children, the lowering
# server's Node process) and exit as a JVM does; a native image otherwise just dies.
# BySpaceAndTime: no complete collection while the heap holds less than -Xms (bootstrap-native sets it). The default
# (Adaptive) began with complete collections, each scanning the image heap's writable objects (Rhino's prebuilt
# global and compiled scripts): 6-7 of them, 85-150 ms of pauses, in a DynamoDB handler's 300 ms cold start.
# IncludeLocales: the image keeps only the builder's default locale's data otherwise, and Intl (room intl, on the
# JDK's CLDR data) would answer de-DE or ja-JP in English; the common locales, not all (size: docs/native-image.md).
# LLRT_NATIVE_IMAGE_OPTS: extra builder options for a one-off build (-H:-DeleteLocalSymbols to profile with perf).
# shellcheck disable=SC2086
"$builder" --no-fallback -march=x86-64-v2 -o "$out/llrt" -H:NativeLinkerOption=-no-pie \
  -H:InitialCollectionPolicy=BySpaceAndTime -H:+CompactingOldGen \
  -H:+InstallExitHandlers \
  -H:IncludeLocales=en,en-US,en-GB,en-IN,de,de-DE,fr,fr-FR,es,es-ES,it,pt,pt-BR,nl,sv,da,fi,nb,pl,cs,ru,uk,tr,ar,he,hi,ja,ja-JP,zh,zh-CN,zh-TW,ko,id,th,vi \
  "${sdk_option[@]}" -J-Dvertx.disableDnsResolver=true \
  -H:+ReportExceptionStackTraces \
  ${LLRT_NATIVE_IMAGE_OPTS:-} \
  -cp "$classpath" dev.llrtj.Main
if [ -n "$toolchain" ]; then
  cp "$toolchain"/lib/*.so "$out/"
fi
[ -z "$sdk" ] || cp -a "$sdk" "$out/sdk"

smoke=$("$out/llrt" -p '[1, 2].map(function (x) { return x * 21; }).join()')
[ "$smoke" = "21,42" ] || { echo "build-native: the executable printed '$smoke', not 21,42" >&2; exit 1; }
echo "build-native: $out/llrt ($(du -m "$out/llrt" | cut -f1) MB)" >&2
