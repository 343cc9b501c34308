/*
 * svm_support.c - the C functions a GraalVM 25 native image (x86_64 Linux) expects from the C libraries that a
 * GraalVM distribution ships ("libchelper", "svm_container") and which Maven Central does not have.
 *
 * Written for llrt-java from the Java side of the contract in svm-<version>-sources.jar:
 *   com.oracle.svm.core.LibCHelper, posix.linux.LinuxLibCHelper, posix.headers.Fcntl, posix.thread.PosixVMThreads,
 *   amd64.AMD64LibCHelper + CPUFeatureAccessImpl (mask format), c.locale.LocaleCHelper, posix.headers.CSunMiscSignal,
 *   container.ContainerLibrary, CodeSynchronizationOperations, jni.JNILibraryInitializer (JNI_OnLoad_<lib>).
 * The struct layouts come from the headers toolchain.sh generates from the same sources (amd64cpufeatures.h,
 * svm_locale.h), so the builder's C queries and this file agree by construction.
 *
 * Built into two static archives: liblibchelper.a (everything but the container part) and libsvm_container.a.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <cpuid.h>
#include <jni.h>

#include "amd64cpufeatures.h"
#include "svm_locale.h"

#define EXPORT __attribute__((visibility("default")))

extern char **environ;

/* ------------------------------------------------------------------------------------------------------------
 * LibCHelper, LinuxLibCHelper, Fcntl, PosixVMThreads, CodeSynchronizationOperations
 * ------------------------------------------------------------------------------------------------------------ */
EXPORT char **getEnviron(void) { return environ; }

EXPORT int getThreadId(void) { return (int) syscall(SYS_gettid); }

/*
 * User-mode CPU time of thread `tid` of this process, in nanoseconds (HotSpot's slow_thread_cpu_time: field 14,
 * utime, of /proc/self/task/<tid>/stat, in clock ticks). -1 if it cannot be read. The comm field (2) may contain
 * spaces and parentheses, so parsing starts after the LAST ')'.
 */
EXPORT long getThreadUserTimeSlow(int tid) {
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/self/task/%d/stat", tid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return -1;
  buf[n] = 0;
  char *p = strrchr(buf, ')');
  if (!p) return -1;
  p++;
  /* after ')': state(3) ppid(4) pgrp(5) session(6) tty_nr(7) tpgid(8) flags(9) minflt(10) cminflt(11)
     majflt(12) cmajflt(13) utime(14) */
  char state; int i4, i5, i6, i7, i8; unsigned u9; unsigned long l10, l11, l12, l13, utime;
  if (sscanf(p, " %c %d %d %d %d %d %u %lu %lu %lu %lu %lu", &state, &i4, &i5, &i6, &i7, &i8, &u9, &l10, &l11,
             &l12, &l13, &utime) != 12)
    return -1;
  long ticks = sysconf(_SC_CLK_TCK);
  if (ticks <= 0) return -1;
  return (long) (utime * (1000000000UL / (unsigned long) ticks));
}

EXPORT void *mremapP(void *old_address, size_t old_size, size_t new_size, int flags, void *new_address) {
  return mremap(old_address, old_size, new_size, flags, new_address);
}

EXPORT int openSII(const char *pathname, int flags, int mode) { return open(pathname, flags, mode); }

EXPORT int fprintfSD(FILE *stream, const char *format, const char *arg0, int arg1) {
  return fprintf(stream, format, arg0, arg1);
}

EXPORT void codeSynchronization_clearCache(long code_start, long code_size) {
  /* x86 keeps instruction and data caches coherent; the builtin is a no-op there but documents the contract. */
  __builtin___clear_cache((char *) code_start, (char *) (code_start + code_size));
}

/* ------------------------------------------------------------------------------------------------------------
 * CPU features (AMD64LibCHelper). Detection follows HotSpot's vm_version_x86 (cpuid leaves 1, 7, 0x80000001,
 * 0x80000007, 0x24 and XCR0 for the state the OS saves): a feature is reported only when the CPU has it AND, for
 * AVX/AVX-512/APX, the OS has enabled its register state.
 * ------------------------------------------------------------------------------------------------------------ */
#define BIT(x, n) ((char) (((x) >> (n)) & 1u))

static uint64_t read_xcr0(void) {
  uint32_t lo, hi;
  __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
  return ((uint64_t) hi << 32) | lo;
}

EXPORT void determineCPUFeatures(CPUFeatures *f) {
  memset(f, 0, sizeof *f);
  unsigned max_std = 0, max_ext = 0, a, b, c, d;
  unsigned c1 = 0, d1 = 0, b1 = 0;
  unsigned b7 = 0, c7 = 0, d7 = 0, a71 = 0, d71 = 0;
  unsigned ce = 0, de = 0, d87 = 0;
  __cpuid(0, max_std, b, c, d);
  if (max_std >= 1) __cpuid(1, a, b1, c1, d1);
  if (max_std >= 7) {
    __cpuid_count(7, 0, a, b7, c7, d7);
    __cpuid_count(7, 1, a71, b, c, d71);
  }
  __cpuid(0x80000000, max_ext, b, c, d);
  if (max_ext >= 0x80000001) __cpuid(0x80000001, a, b, ce, de);
  if (max_ext >= 0x80000007) __cpuid(0x80000007, a, b, c, d87);

  int osxsave = BIT(c1, 27);
  uint64_t xcr0 = osxsave ? read_xcr0() : 0;
  int os_avx = osxsave && (xcr0 & 0x6) == 0x6;                    /* XMM + YMM state */
  int os_avx512 = os_avx && (xcr0 & 0xe0) == 0xe0;                /* opmask + ZMM_Hi256 + Hi16_ZMM */
  int os_apx = osxsave && (xcr0 & (1ull << 19));                  /* APX extended GPR state */

  /* leaf 1 EDX */
  f->fTSC = BIT(d1, 4);
  f->fCX8 = BIT(d1, 8);
  f->fCMOV = BIT(d1, 15);
  f->fFLUSH = BIT(d1, 19);
  f->fMMX = BIT(d1, 23);
  f->fFXSR = BIT(d1, 24);
  f->fSSE = BIT(d1, 25);
  f->fSSE2 = BIT(d1, 26);
  f->fHT = BIT(d1, 28);
  /* leaf 1 ECX */
  f->fSSE3 = BIT(c1, 0);
  f->fCLMUL = BIT(c1, 1);
  f->fSSSE3 = BIT(c1, 9);
  f->fSSE4_1 = BIT(c1, 19);
  f->fSSE4_2 = BIT(c1, 20);
  f->fPOPCNT = BIT(c1, 23);
  f->fAES = BIT(c1, 25);
  f->fHV = BIT(c1, 31);
  if (os_avx) {
    f->fAVX = BIT(c1, 28);
    f->fFMA = f->fAVX && BIT(c1, 12);
    f->fF16C = f->fAVX && BIT(c1, 29);
    f->fVZEROUPPER = f->fAVX;
    f->fAVX2 = f->fAVX && BIT(b7, 5);
    f->fAVX_IFMA = f->fAVX && BIT(a71, 23);
  }
  /* leaf 7.0 EBX */
  f->fBMI1 = BIT(b7, 3);
  f->fBMI2 = BIT(b7, 8);
  f->fERMS = BIT(b7, 9);
  f->fRTM = BIT(b7, 11);
  f->fADX = BIT(b7, 19);
  f->fFLUSHOPT = BIT(b7, 23);
  f->fCLWB = BIT(b7, 24);
  f->fSHA = BIT(b7, 29);
  if (os_avx512) {
    f->fAVX512F = BIT(b7, 16);
    if (f->fAVX512F) {
      f->fAVX512DQ = BIT(b7, 17);
      f->fAVX512_IFMA = BIT(b7, 21);
      f->fAVX512PF = BIT(b7, 26);
      f->fAVX512ER = BIT(b7, 27);
      f->fAVX512CD = BIT(b7, 28);
      f->fAVX512BW = BIT(b7, 30);
      f->fAVX512VL = BIT(b7, 31);
      f->fAVX512_VBMI = BIT(c7, 1);
      f->fAVX512_VBMI2 = BIT(c7, 6);
      f->fAVX512_VAES = BIT(c7, 9);
      f->fAVX512_VPCLMULQDQ = BIT(c7, 10);
      f->fAVX512_VNNI = BIT(c7, 11);
      f->fAVX512_BITALG = BIT(c7, 12);
      f->fAVX512_VPOPCNTDQ = BIT(c7, 14);
      f->fAVX512_FP16 = BIT(d7, 23);
    }
    /* AVX10: leaf 7.1 EDX bit 19, version in leaf 0x24 EBX[7:0] */
    if (BIT(d71, 19) && max_std >= 0x24) {
      unsigned a24, b24, c24, d24;
      __cpuid_count(0x24, 0, a24, b24, c24, d24);
      unsigned v = b24 & 0xff;
      f->fAVX10_1 = v >= 1;
      f->fAVX10_2 = v >= 2;
    }
  }
  /* leaf 7.0 ECX / EDX */
  f->fPKU = BIT(c7, 3);
  f->fOSPKE = BIT(c7, 4);
  f->fCET_SS = BIT(c7, 7);
  f->fGFNI = BIT(c7, 8);
  f->fRDPID = BIT(c7, 22);
  f->fFSRM = BIT(d7, 4);
  f->fSERIALIZE = BIT(d7, 14);
  f->fCET_IBT = BIT(d7, 20);
  /* leaf 7.1 */
  f->fSHA512 = f->fAVX2 && BIT(a71, 0);
  f->fAPX_F = os_apx && BIT(d71, 21);
  /* extended leaves */
  f->fLZCNT = BIT(ce, 5);
  f->fSSE4A = BIT(ce, 6);
  f->fAMD_3DNOW_PREFETCH = BIT(ce, 8) || BIT(de, 29) || BIT(de, 31); /* PREFETCHW, or 3DNow!/LM as HotSpot */
  f->fRDTSCP = BIT(de, 27);
  f->fTSCINV_BIT = BIT(d87, 8);
  f->fTSCINV = f->fTSCINV_BIT;
}

/*
 * The build-time mask (CPUFeatureAccessImpl.BUILDTIME_CPU_FEATURE_MASK) is a CPUFeatures struct rounded up to a
 * multiple of 8 bytes, stored bitwise negated: a required feature's byte is ~1 (0xfe), every other byte (features
 * not required, padding) is 0xff. With the host's struct zero-padded to the same size, the host has every required
 * feature iff (host | mask) is all ones in every 64-bit word.
 */
#define MASK_WORDS ((sizeof(CPUFeatures) + 7) / 8)

EXPORT int checkCPUFeatures(const unsigned char *buildtime_mask) {
  union { CPUFeatures f; uint64_t w[MASK_WORDS]; unsigned char b[MASK_WORDS * 8]; } host;
  memset(&host, 0, sizeof host);
  determineCPUFeatures(&host.f);
  for (size_t i = 0; i < MASK_WORDS; i++) {
    uint64_t m;
    memcpy(&m, buildtime_mask + i * 8, 8);
    if ((host.w[i] | m) != ~(uint64_t) 0) return -1;
  }
  return 0;
}

EXPORT int checkCPUFeaturesOrExit(const unsigned char *buildtime_mask, const char *error_message) {
  int r = checkCPUFeatures(buildtime_mask);
  if (r != 0) {
    fprintf(stderr, "%s\n", error_message ? error_message : "The current machine lacks CPU features the image needs.");
    fflush(stderr);
    _exit(1);
  }
  return r;
}

/* ------------------------------------------------------------------------------------------------------------
 * sun.misc.Signal / jdk.internal.misc.Signal support (CSunMiscSignal): the handler counts a signal and posts a
 * semaphore; a Java dispatch thread waits on it and takes pending signals one at a time.
 * ------------------------------------------------------------------------------------------------------------ */
static volatile int signal_table_in_use = 0;
static sem_t signal_semaphore;
static volatile int pending_signals[NSIG];

EXPORT int cSunMiscSignal_open(void) {
  if (!__sync_bool_compare_and_swap(&signal_table_in_use, 0, 1)) return 1; /* already open */
  for (int i = 0; i < NSIG; i++) pending_signals[i] = 0;
  if (sem_init(&signal_semaphore, 0, 0) != 0) { signal_table_in_use = 0; return -1; }
  return 0;
}

EXPORT int cSunMiscSignal_close(void) {
  if (!__sync_bool_compare_and_swap(&signal_table_in_use, 1, 0)) return -1;
  return sem_destroy(&signal_semaphore);
}

EXPORT int cSunMiscSignal_awaitSemaphore(void) {
  int r;
  do { r = sem_wait(&signal_semaphore); } while (r != 0 && errno == EINTR);
  return r;
}

EXPORT int cSunMiscSignal_signalSemaphore(void) { return sem_post(&signal_semaphore); }

EXPORT int cSunMiscSignal_signalRangeCheck(int sig) { return sig > 0 && sig < NSIG; }

EXPORT int cSunMiscSignal_checkPendingSignal(void) {
  for (int s = 1; s < NSIG; s++) {
    int n = pending_signals[s];
    while (n > 0) {
      if (__sync_bool_compare_and_swap(&pending_signals[s], n, n - 1)) return s;
      n = pending_signals[s];
    }
  }
  return -1;
}

static void count_signal(int sig) {
  if (sig > 0 && sig < NSIG) {
    int saved = errno; /* async-signal-safe: atomic add and sem_post only */
    __sync_fetch_and_add(&pending_signals[sig], 1);
    sem_post(&signal_semaphore);
    errno = saved;
  }
}

EXPORT void *cSunMiscSignal_signalHandlerFunctionPointer(void) { return (void *) count_signal; }

/* ------------------------------------------------------------------------------------------------------------
 * Locale (LocaleCHelper): what the JDK's java_props_md.c derives, read from the environment (LC_ALL, then
 * LC_CTYPE / LC_MESSAGES, then LANG) instead of setlocale(), so an image behaves the same whether or not the
 * locale is installed (Lambda sets LANG=en_US.UTF-8 and ships few locales). "C"/"POSIX"/unset -> en_US, as the
 * JDK's ParseLocale does. Form: language[_COUNTRY][.encoding][@modifier]; @modifier gives the script (latin -> Latn, ...) or
 * the variant as in the JDK's table.
 * ------------------------------------------------------------------------------------------------------------ */
static svm_locale_props_t locale_props;

static const char *locale_env(const char *category) {
  const char *v = getenv("LC_ALL");
  if (v && *v) return v;
  v = getenv(category);
  if (v && *v) return v;
  v = getenv("LANG");
  if (v && *v) return v;
  return "C";
}

/* old ISO codes the JDK maps to current ones (java_props_md.c / locale_str.h) */
static const char *map_language(const char *l) {
  static const char *const pairs[][2] = {{"iw", "he"}, {"in", "id"}, {"ji", "yi"}, {"no", "nb"}, {NULL, NULL}};
  for (int i = 0; pairs[i][0]; i++) if (strcmp(l, pairs[i][0]) == 0) return pairs[i][1];
  return l;
}

static int parse_locale(const char *value, char **language, char **script, char **country, char **variant) {
  char buf[256];
  *language = *script = *country = *variant = NULL;
  if (strcmp(value, "C") == 0 || strcmp(value, "POSIX") == 0 || strncmp(value, "C.", 2) == 0) value = "en_US";
  snprintf(buf, sizeof buf, "%s", value);
  char *modifier = strchr(buf, '@');
  if (modifier) *modifier++ = 0;
  char *dot = strchr(buf, '.');
  if (dot) *dot = 0;
  char *under = strchr(buf, '_');
  if (under) *under++ = 0;
  for (char *p = buf; *p; p++) *p = (char) tolower((unsigned char) *p);
  if (buf[0] == 0 || strlen(buf) > 8) snprintf(buf, sizeof buf, "en");
  const char *sc = "", *va = "";
  if (modifier) {
    if (strcmp(modifier, "latin") == 0) sc = "Latn";
    else if (strcmp(modifier, "cyrillic") == 0) sc = "Cyrl";
    else if (strcmp(modifier, "devanagari") == 0) sc = "Deva";
    else if (strcmp(modifier, "iqtelif") == 0) sc = "Latn";
    else if (strcmp(modifier, "euro") != 0) va = modifier; /* @euro only names the currency */
  }
  *language = strdup(map_language(buf));
  *script = strdup(sc);
  *country = strdup(under ? under : "");
  *variant = strdup(va);
  return *language && *script && *country && *variant ? 0 : -1;
}

EXPORT int svm_initialize_locale(void) {
  if (parse_locale(locale_env("LC_MESSAGES"), &locale_props.display_language, &locale_props.display_script,
                   &locale_props.display_country, &locale_props.display_variant) != 0 ||
      parse_locale(locale_env("LC_CTYPE"), &locale_props.format_language, &locale_props.format_script,
                   &locale_props.format_country, &locale_props.format_variant) != 0)
    return SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY;
  return SVM_LOCALE_INITIALIZATION_SUCCEEDED;
}

EXPORT svm_locale_props_t *svm_get_locale(void) { return &locale_props; }

/* ------------------------------------------------------------------------------------------------------------
 * Time zone (LibCHelper.SVM_FindJavaTZmd; the caller frees the result). TZ first (Lambda: TZ=:UTC; a leading ':'
 * is dropped, a path under a zoneinfo directory becomes the zone name), then /etc/localtime's link target, then
 * /etc/timezone (Debian), else "GMT". The tz mappings argument is only used on Windows.
 * ------------------------------------------------------------------------------------------------------------ */
static char *zone_from_path(const char *path) {
  const char *z = strstr(path, "zoneinfo/");
  if (!z) return NULL;
  z += strlen("zoneinfo/");
  if (strncmp(z, "posix/", 6) == 0) z += 6;
  else if (strncmp(z, "right/", 6) == 0) z += 6;
  return *z ? strdup(z) : NULL;
}

EXPORT char *SVM_FindJavaTZmd(const char *tz_mappings, int length) {
  (void) tz_mappings; (void) length;
  const char *tz = getenv("TZ");
  if (tz && *tz == ':') tz++;
  if (tz && *tz && strcmp(tz, "localtime") != 0) {
    if (*tz == '/') {
      char *z = zone_from_path(tz);
      if (z) return z;
    } else {
      return strdup(tz);
    }
  }
  char buf[PATH_MAX];
  ssize_t n = readlink("/etc/localtime", buf, sizeof buf - 1);
  if (n > 0) {
    buf[n] = 0;
    char *z = zone_from_path(buf);
    if (z) return z;
  }
  FILE *f = fopen("/etc/timezone", "re");
  if (f) {
    char line[256];
    char *ok = fgets(line, sizeof line, f);
    fclose(f);
    if (ok) {
      line[strcspn(line, " \t\r\n")] = 0;
      if (line[0]) return strdup(line);
    }
  }
  return strdup("GMT");
}

/* ------------------------------------------------------------------------------------------------------------
 * JNI_OnLoad_<lib>: the image treats java, nio, net, zip, extnet as built-in (statically linked) JNI libraries and
 * calls JNI_OnLoad_<lib>. Here they are Temurin's shared libraries, already loaded as DT_NEEDED of the
 * executable: forward to their JNI_OnLoad. A built-in library must report JNI >= 1.8 (JNIVersion.isSupported);
 * the shared ones report 1.2, so the answer is raised to 1.8.
 * ------------------------------------------------------------------------------------------------------------ */
static jint forward_onload(const char *soname, JavaVM *vm, void *reserved) {
  void *h = dlopen(soname, RTLD_LAZY | RTLD_NOLOAD);
  if (!h) h = dlopen(soname, RTLD_LAZY);
  if (!h) {
    fprintf(stderr, "svm_support: %s cannot be loaded: %s\n", soname, dlerror());
    return JNI_ERR;
  }
  jint (*onload)(JavaVM *, void *) = (jint (*)(JavaVM *, void *)) dlsym(h, "JNI_OnLoad");
  jint v = onload ? onload(vm, reserved) : JNI_VERSION_1_8;
  if (v < 0) return v;
  return v < JNI_VERSION_1_8 ? JNI_VERSION_1_8 : v;
}

EXPORT jint JNI_OnLoad_java(JavaVM *vm, void *reserved) { return forward_onload("libjava.so", vm, reserved); }
EXPORT jint JNI_OnLoad_nio(JavaVM *vm, void *reserved) { return forward_onload("libnio.so", vm, reserved); }
EXPORT jint JNI_OnLoad_net(JavaVM *vm, void *reserved) { return forward_onload("libnet.so", vm, reserved); }
EXPORT jint JNI_OnLoad_zip(JavaVM *vm, void *reserved) { return forward_onload("libzip.so", vm, reserved); }
EXPORT jint JNI_OnLoad_extnet(JavaVM *vm, void *reserved) { return forward_onload("libextnet.so", vm, reserved); }
