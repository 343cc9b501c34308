/*
 * builder_helper.c - the native image builder's JNI helper, com.oracle.svm.hosted.ProgressReporterCHelper, which a
 * GraalVM distribution ships as lib/svm/builder/lib/libreporterchelper.so under java.home. The builder loads it
 * for its progress report: the build's peak RSS and the terminal's width.
 */
#include <jni.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

/* peak resident set size of the builder process in bytes (ru_maxrss is in KiB on Linux), -1 if unknown */
JNIEXPORT jlong JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getPeakRSS0(JNIEnv *env, jclass cls) {
  (void) env; (void) cls;
  struct rusage usage;
  if (getrusage(RUSAGE_SELF, &usage) != 0) return -1;
  return (jlong) usage.ru_maxrss * 1024;
}

/* columns of the terminal on stdout (then stderr), 80 when neither is a terminal */
JNIEXPORT jint JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getTerminalWindowColumns0(JNIEnv *env,
                                                                                                    jclass cls) {
  (void) env; (void) cls;
  struct winsize w;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0) return w.ws_col;
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0) return w.ws_col;
  return 80;
}
