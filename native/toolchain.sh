#!/bin/bash
# Assembles (or reuses) llrt-java's GraalVM native-image toolchain WITHOUT a GraalVM distribution: the builder jars
# from Maven Central (native/builder-pom.xml), a private copy of a stock JDK 25, the C headers/libraries/driver this
# directory holds. Prints the toolchain's absolute directory as the LAST line of stdout; progress goes to stderr.
#
#   dir=$(native/toolchain.sh | tail -1) && "$dir/bin/native-image" -cp app.jar -o target/native/app --no-fallback Main
#
# Environment: LLRT_NATIVE_JDK (default /usr/lib/jvm/temurin-25-jdk-amd64, else a JDK 25 under /usr/lib/jvm),
#              LLRT_NATIVE_CACHE (default $HOME/.cache/llrt-java).
# Cache: $LLRT_NATIVE_CACHE/native-toolchain/<graalvm>-<JDK FULL_VERSION>-<sha of native/ sources>; READY is written
# last, so an interrupted assembly is redone. x86_64 Linux only.
set -euo pipefail

NATIVE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log() { echo "toolchain: $*" >&2; }
die() { echo "toolchain: error: $*" >&2; exit 1; }

[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || die "x86_64 Linux only (this is $(uname -s)-$(uname -m))"
for t in gcc ar nm mvn; do command -v $t >/dev/null || die "'$t' is needed"; done

# --- the JDK ---------------------------------------------------------------------------------------------------
release_value() { sed -n "s/^$2=\"\{0,1\}\([^\"]*\)\"\{0,1\}$/\1/p" "$1/release"; }
JDK=${LLRT_NATIVE_JDK:-}
if [ -z "$JDK" ]; then
  if [ -f /usr/lib/jvm/temurin-25-jdk-amd64/release ]; then JDK=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    for d in /usr/lib/jvm/*; do
      [ -f "$d/release" ] && [ "$(release_value "$d" JAVA_VERSION | cut -d. -f1)" = 25 ] && { JDK=$d; break; }
    done
  fi
fi
[ -n "$JDK" ] && [ -f "$JDK/release" ] && [ -x "$JDK/bin/java" ] || die "no JDK 25 found: set LLRT_NATIVE_JDK"
JDK=$(cd "$JDK" && pwd -P)
FEATURE=$(release_value "$JDK" JAVA_VERSION | cut -d. -f1)
[ "$FEATURE" = 25 ] || die "$JDK is JDK $(release_value "$JDK" JAVA_VERSION); the GraalVM 25 builder needs a JDK whose feature version is 25"
FULL=$(release_value "$JDK" FULL_VERSION)
[ -n "$FULL" ] || die "$JDK/release has no FULL_VERSION"
[ -f "$JDK/include/jni.h" ] && [ -x "$JDK/bin/jdeps" ] || die "$JDK is not a full JDK (needs include/ and jdeps)"

# --- versions and cache key -------------------------------------------------------------------------------------
GV=$(sed -n 's:.*<graalvm.version>\(.*\)</graalvm.version>.*:\1:p' "$NATIVE/builder-pom.xml")
[ -n "$GV" ] || die "no <graalvm.version> in $NATIVE/builder-pom.xml"
SOURCES=(builder-pom.xml toolchain.sh NativeImage.java tools/GenHeaders.java c/svm_support.c c/svm_container.c
         c/jvm_stand_in.c c/jvm_stand_in.map c/builder_helper.c test/test_native.c)
SHA=$(cd "$NATIVE" && sha256sum "${SOURCES[@]}" | sha256sum | cut -c1-12)
CACHE=${LLRT_NATIVE_CACHE:-$HOME/.cache/llrt-java}/native-toolchain
TC=$CACHE/$GV-$FULL-$SHA
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9 # one assembly at a time
if [ -f "$TC/READY" ]; then
  log "reusing $TC"
  echo "$TC"
  exit 0
fi
log "assembling $TC (GraalVM builder $GV from Maven Central, JDK $FULL at $JDK)"
rm -rf "$TC"
mkdir -p "$TC"/{jars,src,clib/include,lib,bin,driver,build}
B=$TC/build
CFLAGS=(-O2 -Wall -Wextra -Wno-unused-parameter -Werror -fPIC -fvisibility=hidden -I "$TC/clib/include" -I "$JDK/include" -I "$JDK/include/linux")

# --- 1. builder jars ----------------------------------------------------------------------------------------------
log "1/8 builder jars (mvn dependency:copy-dependencies)"
JAVA_HOME=$JDK mvn -q -B -ntp -f "$NATIVE/builder-pom.xml" dependency:copy-dependencies -DexcludeTransitive=true \
  -DoutputDirectory="$B/jars" >&2
mv "$B"/jars/*-sources.jar "$TC/src/"
mv "$B"/jars/*.jar "$TC/jars/"
SRCJAR=$(ls "$TC"/src/svm-"$GV"-sources.jar)
[ -f "$TC/jars/svm-$GV.jar" ] && [ -f "$TC/jars/compiler-$GV.jar" ] || die "builder jars missing after mvn"

# --- 2. private JDK copy with the builder's JNI helper -------------------------------------------------------------
log "2/8 private JDK copy + libreporterchelper.so"
cp -a "$JDK" "$TC/jdk"
mkdir -p "$TC/jdk/lib/svm/builder/lib"
gcc "${CFLAGS[@]}" -shared "$NATIVE/c/builder_helper.c" -o "$TC/jdk/lib/svm/builder/lib/libreporterchelper.so"

# --- 3. C headers from the svm sources ----------------------------------------------------------------------------
log "3/8 C headers from $(basename "$SRCJAR")"
"$TC/jdk/bin/java" "$NATIVE/tools/GenHeaders.java" "$SRCJAR" "$TC/clib/include"

# --- 4. runtime C libraries ---------------------------------------------------------------------------------------
log "4/8 C libraries"
JDKLIBS=(java nio net zip extnet management_ext)
for l in "${JDKLIBS[@]}"; do cp "$TC/jdk/lib/lib$l.so" "$TC/lib/"; done
gcc "${CFLAGS[@]}" -shared -Wl,--version-script="$NATIVE/c/jvm_stand_in.map" -Wl,-soname,libjvm.so \
  "$NATIVE/c/jvm_stand_in.c" -o "$TC/lib/libjvm.so" -ldl -lpthread
# every JVM_*/jio_* symbol the JDK libraries import must be defined by the stand-in, with the right version
for l in "${JDKLIBS[@]}"; do nm -D --undefined-only "$TC/lib/lib$l.so"; done | awk '/@SUNWprivate_1.1/{print $2}' | sed 's/@.*//' | sort -u > "$B/imports.txt"
nm -D --defined-only "$TC/lib/libjvm.so" | awk '{print $3}' | grep '@@SUNWprivate_1.1$' | sed 's/@.*//' | sort -u > "$B/exports.txt"
MISSING=$(comm -23 "$B/imports.txt" "$B/exports.txt")
[ -z "$MISSING" ] || die "the libjvm.so stand-in lacks: $MISSING"
log "    libjvm.so stand-in covers all $(wc -l < "$B/imports.txt") imported JVM_*/jio_* symbols"
gcc "${CFLAGS[@]}" -c "$NATIVE/c/svm_support.c" -o "$B/svm_support.o"
gcc "${CFLAGS[@]}" -c "$NATIVE/c/svm_container.c" -o "$B/svm_container.o"
ar rcs "$TC/clib/liblibchelper.a" "$B/svm_support.o"
ar rcs "$TC/clib/libsvm_container.a" "$B/svm_container.o"
# the "static JDK libraries" the builder asks for: GNU ld scripts naming the shared ones that ship beside the image
for l in "${JDKLIBS[@]}" jvm; do echo "INPUT($TC/lib/lib$l.so)" > "$TC/clib/lib$l.a"; done

# --- 5. --add-exports the builder needs (jdeps over the builder jars' classes) ------------------------------------
log "5/8 --add-exports (jdeps)"
mkdir -p "$B/classes"
MODULES=()
for j in "$TC"/jars/*.jar; do
  n=$(basename "$j" .jar)
  MODULES+=("$("$TC/jdk/bin/jar" --describe-module --file "$j" | head -1 | cut -d' ' -f1 | sed 's/@.*//')")
  mkdir -p "$B/classes/$n"
  (cd "$B/classes/$n" && "$TC/jdk/bin/jar" xf "$j" && find . -name module-info.class -delete && rm -rf META-INF/native-image)
done
"$TC/jdk/bin/jdeps" --multi-release 25 --ignore-missing-deps -verbose:package "$B"/classes/* 2>/dev/null \
  | awk '$2 == "->" && $NF ~ /^\(.*\)$/ { m = $NF; gsub(/[()]/, "", m); print m "/" $3 }' > "$B/internal.txt"
# packages the builder reaches only reflectively (found from its errors, not visible to jdeps)
printf '%s\n' java.base/jdk.internal.foreign jdk.internal.vm.ci/jdk.vm.ci.riscv64 \
  jdk.internal.vm.ci/jdk.vm.ci.hotspot.riscv64 jdk.jfr/jdk.jfr.internal.event >> "$B/internal.txt"
TARGETS=$(IFS=,; echo "${MODULES[*]},ALL-UNNAMED")
sort -u "$B/internal.txt" | sed "s|^|--add-exports=|; s|\$|=$TARGETS|" > "$TC/exports.args"
[ "$(wc -l < "$TC/exports.args")" -gt 30 ] || die "jdeps found too few internal packages ($(wc -l < "$TC/exports.args"))"
log "    $(wc -l < "$TC/exports.args") packages"

# --- 6. the driver ----------------------------------------------------------------------------------------------
log "6/8 bin/native-image"
"$TC/jdk/bin/javac" -d "$TC/driver" "$NATIVE/NativeImage.java"
cat > "$TC/bin/native-image" <<'EOF'
#!/bin/bash
# llrt-java native-image launcher (a subset of GraalVM's driver): see native/NativeImage.java
TC=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
exec "$TC/jdk/bin/java" -Dllrt.toolchain="$TC" -cp "$TC/driver" NativeImage "$@"
EOF
chmod +x "$TC/bin/native-image"

# --- 7. tests ---------------------------------------------------------------------------------------------------
log "7/8 native library tests"
sed -n 's/^UNAVAILABLE\(_VOID\)\{0,1\}(\([^,)]*\)\(, [^,)]*, \)\{0,1\}\(JVM_[A-Za-z0-9_]*\).*/X(\4)/p' "$NATIVE/c/jvm_stand_in.c" \
  > "$B/unavailable_list.h"
[ "$(wc -l < "$B/unavailable_list.h")" -gt 100 ] || die "could not list the not-available functions"
gcc -O2 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Werror -I "$TC/clib/include" -I "$JDK/include" -I "$JDK/include/linux" -I "$B" "$NATIVE/test/test_native.c" \
  "$TC/clib/liblibchelper.a" "$TC/clib/libsvm_container.a" -L "$TC/lib" -ljvm -Wl,-rpath,"$TC/lib" -ldl -lpthread \
  -o "$B/test_native"
(cd "$B" && TZ=:UTC "$B/test_native" "$TC/lib") >&2 || die "native library tests failed"

# --- 8. done ----------------------------------------------------------------------------------------------------
printf 'GRAALVM_VERSION=%s\nJDK_FULL_VERSION=%s\nSOURCE_SHA=%s\n' "$GV" "$FULL" "$SHA" > "$TC/VERSION"
rm -rf "$B/classes" "$B/jars"
touch "$TC/READY"
log "8/8 ready"
echo "$TC"
