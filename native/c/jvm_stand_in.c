/*
 * jvm_stand_in.c - llrt-java's libjvm.so stand-in for a GraalVM native image.
 *
 * A native image links Temurin's own libjava/libnio/libnet/libzip/libextnet/libmanagement_ext (shipped beside the
 * executable); they
 * import JVM_* / jio_* functions from libjvm.so, versioned SUNWprivate_1.1. There is no HotSpot in a native image,
 * so this library provides them. native/jvm_stand_in.map exports exactly this file's functions; toolchain.sh checks
 * that every SUNWprivate symbol the shipped libraries import is defined here (and refuses to assemble otherwise).
 *
 * Rule: NOTHING here aborts.
 *  - Functions that mean something without a HotSpot VM are implemented (time, processors, halt, libraries,
 *    raw monitors, signals, paths, temporary directory, JNI versions, container/preview/continuation/CDS queries,
 *    sleep/yield, the jio_* printf family).
 *  - VM-internal functions (reflection, class definition, constant pools, stack walking, modules, threads, ...) are
 *    replaced in a native image by its own Java implementations, so the JDK's Java code never reaches them through
 *    these libraries. All of them take a JNIEnv * first: they throw
 *    java.lang.UnsupportedOperationException("<name> is not available in a native image") through it and return
 *    0/NULL. Signatures are jvm.h's (JDK 25), exactly, so that the caller's frame is never misread.
 * Also exported: initialize() - svm's com.oracle.svm.core.jdk.Jvm calls it to force linking "jvm"; nothing to do.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <jni.h>

#define EXPORT __attribute__((visibility("default")))

/* ============================================================================================================
 * Not available in a native image: throw UnsupportedOperationException through the JNIEnv.
 * ============================================================================================================ */
static void not_available(JNIEnv *env, const char *name) {
  char msg[160];
  snprintf(msg, sizeof msg, "%s is not available in a native image", name);
  if (env == NULL || *env == NULL) {
    fprintf(stderr, "libjvm stand-in: %s (no JNIEnv to throw through)\n", msg);
    return;
  }
  jclass uoe = (*env)->FindClass(env, "java/lang/UnsupportedOperationException");
  if (uoe != NULL) (*env)->ThrowNew(env, uoe, msg);
  /* else FindClass has left its own exception (NoClassDefFoundError) pending: the caller still sees a throw */
}

/* UNAVAILABLE(return type, zero value, name, (parameters after JNIEnv *env)) */
#define UNAVAILABLE(ret, zero, name, ...)                   \
  EXPORT ret name(JNIEnv *env, ##__VA_ARGS__) {             \
    not_available(env, #name);                              \
    return zero;                                            \
  }
#define UNAVAILABLE_VOID(name, ...)                         \
  EXPORT void name(JNIEnv *env, ##__VA_ARGS__) { not_available(env, #name); }

/* java.lang.Object / String / System / Runtime */
UNAVAILABLE(jint, 0, JVM_IHashCode, jobject obj)
UNAVAILABLE(jstring, NULL, JVM_InternString, jstring str)
UNAVAILABLE_VOID(JVM_ArrayCopy, jclass ignored, jobject src, jint src_pos, jobject dst, jint dst_pos, jint length)
UNAVAILABLE(jobjectArray, NULL, JVM_GetProperties)
UNAVAILABLE(jobjectArray, NULL, JVM_GetVmArguments)
UNAVAILABLE_VOID(JVM_DumpClassListToFile, jstring fileName)
UNAVAILABLE_VOID(JVM_DumpDynamicArchive, jstring archiveName)
/* Throwable / StackTraceElement / NPE / StackWalker */
UNAVAILABLE_VOID(JVM_FillInStackTrace, jobject throwable)
UNAVAILABLE_VOID(JVM_InitStackTraceElementArray, jobjectArray elements, jobject backtrace, jint depth)
UNAVAILABLE_VOID(JVM_InitStackTraceElement, jobject element, jobject stackFrameInfo)
UNAVAILABLE(jstring, NULL, JVM_GetExtendedNPEMessage, jthrowable throwable)
UNAVAILABLE_VOID(JVM_ExpandStackFrameInfo, jobject obj)
UNAVAILABLE(jobject, NULL, JVM_CallStackWalk, jobject stackStream, jint mode, jint skip_frames, jobject contScope,
            jobject cont, jint buffer_size, jint start_index, jobjectArray frames)
UNAVAILABLE(jint, 0, JVM_MoreStackWalk, jobject stackStream, jint mode, jlong anchor, jint last_batch_count,
            jint buffer_size, jint start_index, jobjectArray frames)
UNAVAILABLE_VOID(JVM_SetStackWalkContinuation, jobject stackStream, jlong anchor, jobjectArray frames, jobject cont)
/* java.lang.Thread */
UNAVAILABLE_VOID(JVM_StartThread, jobject thread)
UNAVAILABLE_VOID(JVM_SetThreadPriority, jobject thread, jint prio)
UNAVAILABLE(jobject, NULL, JVM_CurrentCarrierThread, jclass threadClass)
UNAVAILABLE(jobject, NULL, JVM_CurrentThread, jclass threadClass)
UNAVAILABLE_VOID(JVM_SetCurrentThread, jobject thisThread, jobject theThread)
UNAVAILABLE_VOID(JVM_Interrupt, jobject thread)
UNAVAILABLE(jboolean, JNI_FALSE, JVM_HoldsLock, jclass threadClass, jobject obj)
UNAVAILABLE(jobject, NULL, JVM_GetStackTrace, jobject thread)
UNAVAILABLE(jobject, NULL, JVM_CreateThreadSnapshot, jobject thread)
UNAVAILABLE(jobjectArray, NULL, JVM_GetAllThreads, jclass dummy)
UNAVAILABLE_VOID(JVM_SetNativeThreadName, jobject jthread, jstring name)
UNAVAILABLE(jobjectArray, NULL, JVM_DumpThreads, jclass threadClass, jobjectArray threads)
UNAVAILABLE(jobject, NULL, JVM_ScopedValueCache, jclass threadClass)
UNAVAILABLE_VOID(JVM_SetScopedValueCache, jclass threadClass, jobject theCache)
UNAVAILABLE(jobject, NULL, JVM_FindScopedValueBindings, jclass threadClass)
UNAVAILABLE(jlong, 0, JVM_GetNextThreadIdOffset, jclass threadClass)
UNAVAILABLE_VOID(JVM_RegisterContinuationMethods, jclass cls)
/* virtual threads (JVMTI/JFR notifications of HotSpot's implementation) */
UNAVAILABLE_VOID(JVM_VirtualThreadStart, jobject vthread)
UNAVAILABLE_VOID(JVM_VirtualThreadEnd, jobject vthread)
UNAVAILABLE_VOID(JVM_VirtualThreadMount, jobject vthread, jboolean hide)
UNAVAILABLE_VOID(JVM_VirtualThreadUnmount, jobject vthread, jboolean hide)
UNAVAILABLE_VOID(JVM_VirtualThreadDisableSuspend, jclass clazz, jboolean enter)
UNAVAILABLE_VOID(JVM_VirtualThreadPinnedEvent, jclass clazz, jstring op)
UNAVAILABLE(jobject, NULL, JVM_TakeVirtualThreadListToUnblock, jclass ignored)
UNAVAILABLE_VOID(JVM_EnsureMaterializedForStackWalk_func, jobject vthread, jobject value)
/* java.lang.Package / ref.Reference / ObjectInputStream */
UNAVAILABLE(jstring, NULL, JVM_GetSystemPackage, jstring name)
UNAVAILABLE(jobjectArray, NULL, JVM_GetSystemPackages)
UNAVAILABLE(jobject, NULL, JVM_GetAndClearReferencePendingList)
UNAVAILABLE(jboolean, JNI_FALSE, JVM_HasReferencePendingList)
UNAVAILABLE_VOID(JVM_WaitForReferencePendingList)
UNAVAILABLE(jboolean, JNI_FALSE, JVM_ReferenceRefersTo, jobject ref, jobject o)
UNAVAILABLE_VOID(JVM_ReferenceClear, jobject ref)
UNAVAILABLE(jboolean, JNI_FALSE, JVM_PhantomReferenceRefersTo, jobject ref, jobject o)
UNAVAILABLE(jobject, NULL, JVM_LatestUserDefinedLoader)
/* java.lang.reflect.Array */
UNAVAILABLE(jint, 0, JVM_GetArrayLength, jobject arr)
UNAVAILABLE(jobject, NULL, JVM_GetArrayElement, jobject arr, jint index)
static const jvalue zero_jvalue;
UNAVAILABLE(jvalue, zero_jvalue, JVM_GetPrimitiveArrayElement, jobject arr, jint index, jint wCode)
UNAVAILABLE_VOID(JVM_SetArrayElement, jobject arr, jint index, jobject val)
UNAVAILABLE_VOID(JVM_SetPrimitiveArrayElement, jobject arr, jint index, jvalue v, unsigned char vCode)
UNAVAILABLE(jobject, NULL, JVM_NewArray, jclass eltClass, jint length)
UNAVAILABLE(jobject, NULL, JVM_NewMultiArray, jclass eltClass, jintArray dim)
/* class lookup and definition */
UNAVAILABLE(jclass, NULL, JVM_GetCallerClass)
UNAVAILABLE(jclass, NULL, JVM_FindPrimitiveClass, const char *utf)
UNAVAILABLE(jclass, NULL, JVM_FindClassFromBootLoader, const char *name)
UNAVAILABLE(jclass, NULL, JVM_FindClassFromCaller, const char *name, jboolean init, jobject loader, jclass caller)
UNAVAILABLE(jclass, NULL, JVM_FindLoadedClass, jobject loader, jstring name)
UNAVAILABLE(jclass, NULL, JVM_DefineClassWithSource, const char *name, jobject loader, const jbyte *buf, jsize len,
            jobject pd, const char *source)
UNAVAILABLE(jclass, NULL, JVM_LookupDefineClass, jclass lookup, const char *name, const jbyte *buf, jsize len,
            jobject pd, jboolean init, int flags, jobject classData)
/* modules */
UNAVAILABLE_VOID(JVM_DefineModule, jobject module, jboolean is_open, jstring version, jstring location,
                 jobjectArray packages)
UNAVAILABLE_VOID(JVM_SetBootLoaderUnnamedModule, jobject module)
UNAVAILABLE_VOID(JVM_AddModuleExports, jobject from_module, jstring package, jobject to_module)
UNAVAILABLE_VOID(JVM_AddModuleExportsToAllUnnamed, jobject from_module, jstring package)
UNAVAILABLE_VOID(JVM_AddModuleExportsToAll, jobject from_module, jstring package)
UNAVAILABLE_VOID(JVM_AddReadsModule, jobject from_module, jobject source_module)
UNAVAILABLE_VOID(JVM_DefineArchivedModules, jobject platform_loader, jobject system_loader)
/* reflection */
UNAVAILABLE(jstring, NULL, JVM_InitClassName, jclass cls)
UNAVAILABLE(jobjectArray, NULL, JVM_GetClassInterfaces, jclass cls)
UNAVAILABLE(jboolean, JNI_FALSE, JVM_IsHiddenClass, jclass cls)
UNAVAILABLE(jobjectArray, NULL, JVM_GetDeclaredClasses, jclass ofClass)
UNAVAILABLE(jclass, NULL, JVM_GetDeclaringClass, jclass ofClass)
UNAVAILABLE(jstring, NULL, JVM_GetSimpleBinaryName, jclass ofClass)
UNAVAILABLE(jstring, NULL, JVM_GetClassSignature, jclass cls)
UNAVAILABLE(jbyteArray, NULL, JVM_GetClassAnnotations, jclass cls)
UNAVAILABLE(jbyteArray, NULL, JVM_GetClassTypeAnnotations, jclass cls)
UNAVAILABLE(jbyteArray, NULL, JVM_GetFieldTypeAnnotations, jobject field)
UNAVAILABLE(jbyteArray, NULL, JVM_GetMethodTypeAnnotations, jobject method)
UNAVAILABLE(jobjectArray, NULL, JVM_GetClassDeclaredMethods, jclass ofClass, jboolean publicOnly)
UNAVAILABLE(jobjectArray, NULL, JVM_GetClassDeclaredFields, jclass ofClass, jboolean publicOnly)
UNAVAILABLE(jobjectArray, NULL, JVM_GetClassDeclaredConstructors, jclass ofClass, jboolean publicOnly)
UNAVAILABLE(jint, 0, JVM_GetClassAccessFlags, jclass cls)
UNAVAILABLE(jboolean, JNI_FALSE, JVM_AreNestMates, jclass current, jclass member)
UNAVAILABLE(jclass, NULL, JVM_GetNestHost, jclass current)
UNAVAILABLE(jobjectArray, NULL, JVM_GetNestMembers, jclass current)
UNAVAILABLE(jboolean, JNI_FALSE, JVM_IsRecord, jclass cls)
UNAVAILABLE(jobjectArray, NULL, JVM_GetRecordComponents, jclass ofClass)
UNAVAILABLE(jobjectArray, NULL, JVM_GetPermittedSubclasses, jclass current)
UNAVAILABLE(jobject, NULL, JVM_InvokeMethod, jobject method, jobject obj, jobjectArray args0)
UNAVAILABLE(jobject, NULL, JVM_NewInstanceFromConstructor, jobject c, jobjectArray args0)
UNAVAILABLE(jobjectArray, NULL, JVM_GetMethodParameters, jobject method)
UNAVAILABLE(jobjectArray, NULL, JVM_GetEnclosingMethodInfo, jclass ofClass)
UNAVAILABLE(jint, 0, JVM_GetClassFileVersion, jclass current)
UNAVAILABLE(jobject, NULL, JVM_AssertionStatusDirectives, jclass unused)
UNAVAILABLE(jobject, NULL, JVM_InitAgentProperties, jobject agent_props)
/* constant pools */
UNAVAILABLE(jobject, NULL, JVM_GetClassConstantPool, jclass cls)
UNAVAILABLE(jint, 0, JVM_ConstantPoolGetSize, jobject jcpool)
UNAVAILABLE(jclass, NULL, JVM_ConstantPoolGetClassAt, jobject jcpool, jint index)
UNAVAILABLE(jclass, NULL, JVM_ConstantPoolGetClassAtIfLoaded, jobject jcpool, jint index)
UNAVAILABLE(jint, 0, JVM_ConstantPoolGetClassRefIndexAt, jobject jcpool, jint index)
UNAVAILABLE(jobject, NULL, JVM_ConstantPoolGetMethodAt, jobject jcpool, jint index)
UNAVAILABLE(jobject, NULL, JVM_ConstantPoolGetMethodAtIfLoaded, jobject jcpool, jint index)
UNAVAILABLE(jobject, NULL, JVM_ConstantPoolGetFieldAt, jobject jcpool, jint index)
UNAVAILABLE(jobject, NULL, JVM_ConstantPoolGetFieldAtIfLoaded, jobject jcpool, jint index)
UNAVAILABLE(jobjectArray, NULL, JVM_ConstantPoolGetMemberRefInfoAt, jobject jcpool, jint index)
UNAVAILABLE(jint, 0, JVM_ConstantPoolGetNameAndTypeRefIndexAt, jobject jcpool, jint index)
UNAVAILABLE(jobjectArray, NULL, JVM_ConstantPoolGetNameAndTypeRefInfoAt, jobject jcpool, jint index)
UNAVAILABLE(jint, 0, JVM_ConstantPoolGetIntAt, jobject jcpool, jint index)
UNAVAILABLE(jlong, 0, JVM_ConstantPoolGetLongAt, jobject jcpool, jint index)
UNAVAILABLE(jfloat, 0.0f, JVM_ConstantPoolGetFloatAt, jobject jcpool, jint index)
UNAVAILABLE(jdouble, 0.0, JVM_ConstantPoolGetDoubleAt, jobject jcpool, jint index)
UNAVAILABLE(jstring, NULL, JVM_ConstantPoolGetStringAt, jobject jcpool, jint index)
UNAVAILABLE(jstring, NULL, JVM_ConstantPoolGetUTF8At, jobject jcpool, jint index)
UNAVAILABLE(jbyte, 0, JVM_ConstantPoolGetTagAt, jobject jcpool, jint index)

/* ============================================================================================================
 * Implemented.
 * ============================================================================================================ */
EXPORT void initialize(void) {}

/* --- time (svm calls JVM_CurrentTimeMillis(NULL, NULL): env is never used) --- */
EXPORT jlong JVM_CurrentTimeMillis(JNIEnv *env, jclass ignored) {
  (void) env; (void) ignored;
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  return (jlong) t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

EXPORT jlong JVM_NanoTime(JNIEnv *env, jclass ignored) {
  (void) env; (void) ignored;
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (jlong) t.tv_sec * 1000000000 + t.tv_nsec;
}

/* HotSpot semantics: nanoseconds of (now - offset_secs), or -1 if the difference does not fit (|diff| >= 2^32 s) */
EXPORT jlong JVM_GetNanoTimeAdjustment(JNIEnv *env, jclass ignored, jlong offset_secs) {
  (void) env; (void) ignored;
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  jlong diff = (jlong) t.tv_sec - offset_secs;
  if (diff >= (jlong) 0x0100000000LL || diff <= -(jlong) 0x0100000000LL) return -1;
  return diff * 1000000000 + t.tv_nsec;
}

/* --- processors, memory, GC, halt --- */
EXPORT jint JVM_ActiveProcessorCount(void) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (jint) n : 1;
}

/* The image's own heap answers Runtime.*Memory; these are the process-level figures. */
static jlong physical_memory(void) {
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  return pages > 0 && size > 0 ? (jlong) pages * size : 0;
}
EXPORT jlong JVM_MaxMemory(void) { return physical_memory(); }
EXPORT jlong JVM_TotalMemory(void) {
  long size = 0, resident = 0;
  FILE *f = fopen("/proc/self/statm", "re");
  if (f) {
    if (fscanf(f, "%ld %ld", &size, &resident) != 2) resident = 0;
    fclose(f);
  }
  return (jlong) resident * sysconf(_SC_PAGESIZE);
}
EXPORT jlong JVM_FreeMemory(void) {
  long pages = sysconf(_SC_AVPHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  return pages > 0 && size > 0 ? (jlong) pages * size : 0;
}
/* A hint with no collector behind it: nothing to do (the image's System.gc() is its own). */
EXPORT void JVM_GC(void) {}

EXPORT void JVM_BeforeHalt(void) {}
EXPORT void JVM_Halt(jint code) {
  fflush(NULL);
  _exit(code);
}

/* --- container / preview / continuations / foreign linker / CDS: facts of a native image --- */
EXPORT jboolean JVM_IsUseContainerSupport(void) { return JNI_FALSE; }
EXPORT jboolean JVM_IsContainerized(void) { return JNI_FALSE; }
EXPORT jboolean JVM_IsPreviewEnabled(void) { return JNI_FALSE; }
EXPORT jboolean JVM_IsContinuationsSupported(void) { return JNI_FALSE; }
EXPORT jboolean JVM_IsForeignLinkerSupported(void) { return JNI_FALSE; }
EXPORT jboolean JVM_IsFinalizationEnabled(JNIEnv *env) { (void) env; return JNI_FALSE; }
EXPORT void JVM_ReportFinalizationComplete(JNIEnv *env, jobject finalizee) { (void) env; (void) finalizee; }
EXPORT jboolean JVM_DesiredAssertionStatus(JNIEnv *env, jclass unused, jclass cls) {
  (void) env; (void) unused; (void) cls;
  return JNI_FALSE;
}
/* No CDS archive exists: nothing archived to initialise from or look up, nothing is being dumped. */
EXPORT jint JVM_GetCDSConfigStatus(void) { return 0; }
EXPORT jlong JVM_GetRandomSeedForDumping(void) { return 0; }
EXPORT void JVM_InitializeFromArchive(JNIEnv *env, jclass cls) { (void) env; (void) cls; }
EXPORT jboolean JVM_NeedsClassInitBarrierForCDS(JNIEnv *env, jclass cls) { (void) env; (void) cls; return JNI_FALSE; }
EXPORT void JVM_RegisterLambdaProxyClassForArchiving(JNIEnv *env, jclass caller, jstring interfaceMethodName,
                                                     jobject factoryType, jobject interfaceMethodType,
                                                     jobject implementationMember, jobject dynamicMethodType,
                                                     jclass lambdaProxyClass) {
  (void) env; (void) caller; (void) interfaceMethodName; (void) factoryType; (void) interfaceMethodType;
  (void) implementationMember; (void) dynamicMethodType; (void) lambdaProxyClass;
}
EXPORT jclass JVM_LookupLambdaProxyClassFromArchive(JNIEnv *env, jclass caller, jstring interfaceMethodName,
                                                   jobject factoryType, jobject interfaceMethodType,
                                                   jobject implementationMember, jobject dynamicMethodType) {
  (void) env; (void) caller; (void) interfaceMethodName; (void) factoryType; (void) interfaceMethodType;
  (void) implementationMember; (void) dynamicMethodType;
  return NULL;
}
EXPORT void JVM_LogLambdaFormInvoker(JNIEnv *env, jstring line) { (void) env; (void) line; }

/* --- java.lang.management: there is no JMM interface (libmanagement_ext's OperatingSystemImpl natives, the only
   ones a native image links, read /proc and never use it; its JNI_OnLoad, which would, is not called) --- */
EXPORT void *JVM_GetManagement(jint version) { (void) version; return NULL; }

/* --- sleep / yield --- */
EXPORT void JVM_Yield(JNIEnv *env, jclass threadClass) { (void) env; (void) threadClass; sched_yield(); }
EXPORT void JVM_SleepNanos(JNIEnv *env, jclass threadClass, jlong nanos) {
  (void) env; (void) threadClass;
  if (nanos <= 0) return;
  struct timespec req = {(time_t) (nanos / 1000000000), (long) (nanos % 1000000000)}, rem;
  while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
}

/* --- native libraries --- */
EXPORT void *JVM_LoadLibrary(const char *name, jboolean throwException) {
  (void) throwException; /* no JNIEnv to throw through: the caller sees NULL (libjava's callers check it) */
  return dlopen(name, RTLD_LAZY);
}
EXPORT void JVM_UnloadLibrary(void *handle) { if (handle) dlclose(handle); }
EXPORT void *JVM_FindLibraryEntry(void *handle, const char *name) { return dlsym(handle, name); }

/* HotSpot's Threads::is_supported_jni_version_including_1_1 */
EXPORT jboolean JVM_IsSupportedJNIVersion(jint version) {
  switch (version) {
    case 0x00010001: /* 1.1 */
    case JNI_VERSION_1_2: case JNI_VERSION_1_4: case JNI_VERSION_1_6: case JNI_VERSION_1_8:
    case 0x00090000: case 0x000a0000: case 0x00130000: case 0x00140000: case 0x00150000: /* 9, 10, 19, 20, 21 */
    case 0x00180000:                                                                     /* 24 */
      return JNI_TRUE;
    default:
      return JNI_FALSE;
  }
}

/* --- paths --- */
/* HotSpot's os::native_path on POSIX returns the path as given. */
EXPORT char *JVM_NativePath(char *path) { return path; }
EXPORT jstring JVM_GetTemporaryDirectory(JNIEnv *env) { return (*env)->NewStringUTF(env, "/tmp"); }

/* --- raw monitors: recursive pthread mutexes --- */
EXPORT void *JVM_RawMonitorCreate(void) {
  pthread_mutex_t *m = malloc(sizeof *m);
  if (!m) return NULL;
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
  int r = pthread_mutex_init(m, &a);
  pthread_mutexattr_destroy(&a);
  if (r != 0) { free(m); return NULL; }
  return m;
}
EXPORT void JVM_RawMonitorDestroy(void *mon) {
  if (!mon) return;
  pthread_mutex_destroy((pthread_mutex_t *) mon);
  free(mon);
}
EXPORT jint JVM_RawMonitorEnter(void *mon) { return pthread_mutex_lock((pthread_mutex_t *) mon) == 0 ? 0 : -1; }
EXPORT void JVM_RawMonitorExit(void *mon) { pthread_mutex_unlock((pthread_mutex_t *) mon); }

/* --- signals (jdk.internal.misc.Signal's natives in libjava) --- */
static const struct { const char *name; int number; } signal_names[] = {
  {"HUP", SIGHUP}, {"INT", SIGINT}, {"QUIT", SIGQUIT}, {"ILL", SIGILL}, {"TRAP", SIGTRAP}, {"ABRT", SIGABRT},
  {"IOT", SIGIOT}, {"BUS", SIGBUS}, {"FPE", SIGFPE}, {"KILL", SIGKILL}, {"USR1", SIGUSR1}, {"SEGV", SIGSEGV},
  {"USR2", SIGUSR2}, {"PIPE", SIGPIPE}, {"ALRM", SIGALRM}, {"TERM", SIGTERM}, {"STKFLT", SIGSTKFLT},
  {"CLD", SIGCHLD}, {"CHLD", SIGCHLD}, {"CONT", SIGCONT}, {"STOP", SIGSTOP}, {"TSTP", SIGTSTP},
  {"TTIN", SIGTTIN}, {"TTOU", SIGTTOU}, {"URG", SIGURG}, {"XCPU", SIGXCPU}, {"XFSZ", SIGXFSZ},
  {"VTALRM", SIGVTALRM}, {"PROF", SIGPROF}, {"WINCH", SIGWINCH}, {"POLL", SIGPOLL}, {"IO", SIGIO},
  {"PWR", SIGPWR}, {"SYS", SIGSYS}, {NULL, 0}};

EXPORT jint JVM_FindSignal(const char *name) {
  if (!name) return -1;
  for (int i = 0; signal_names[i].name; i++)
    if (strcmp(name, signal_names[i].name) == 0) return signal_names[i].number;
  return -1;
}

/*
 * handler: a function, or (void *) 0 = SIG_DFL, 1 = SIG_IGN, 2 = "the VM's user handler" (which a native image
 * does not have: refused). Returns the previous handler, or (void *) -1 if the signal cannot be handled (as
 * HotSpot: synchronous signals the runtime needs, SIGKILL/SIGSTOP).
 */
EXPORT void *JVM_RegisterSignal(jint sig, void *handler) {
  if (sig <= 0 || sig >= NSIG || handler == (void *) 2) return (void *) -1;
  switch (sig) {
    case SIGKILL: case SIGSTOP: case SIGSEGV: case SIGBUS: case SIGILL: case SIGFPE:
      return (void *) -1;
  }
  struct sigaction sa, old;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = (void (*)(int)) handler;
  sigfillset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  if (sigaction(sig, &sa, &old) != 0) return (void *) -1;
  return (old.sa_flags & SA_SIGINFO) ? (void *) old.sa_sigaction : (void *) old.sa_handler;
}

EXPORT jboolean JVM_RaiseSignal(jint sig) {
  if (sig <= 0 || sig >= NSIG) return JNI_FALSE;
  return raise(sig) == 0 ? JNI_TRUE : JNI_FALSE;
}

/* --- jio_* printf family (jvm_io.h): snprintf variants NUL-terminate and return -1 on truncation --- */
EXPORT int jio_vsnprintf(char *str, size_t count, const char *fmt, va_list args) {
  if ((intptr_t) count <= 0) return -1;
  int r = vsnprintf(str, count, fmt, args);
  if (r < 0 || (size_t) r >= count) {
    str[count - 1] = 0;
    return -1;
  }
  return r;
}
EXPORT int jio_snprintf(char *str, size_t count, const char *fmt, ...) {
  va_list a;
  va_start(a, fmt);
  int r = jio_vsnprintf(str, count, fmt, a);
  va_end(a);
  return r;
}
EXPORT int jio_vfprintf(FILE *f, const char *fmt, va_list args) { return vfprintf(f, fmt, args); }
EXPORT int jio_fprintf(FILE *f, const char *fmt, ...) {
  va_list a;
  va_start(a, fmt);
  int r = vfprintf(f, fmt, a);
  va_end(a);
  return r;
}
EXPORT int jio_printf(const char *fmt, ...) {
  va_list a;
  va_start(a, fmt);
  int r = vfprintf(stdout, fmt, a);
  va_end(a);
  return r;
}

/* ============================================================================================================
 * A native HotSpot registers for the JDK itself (JVM_RegisterJDKInternalMiscScopedMemoryAccessMethods): Netty 4.2 on
 * Java 25 frees a direct buffer by closing the shared Arena it came from (CleanerJava25), which ends in
 * ScopedMemoryAccess.closeScope0. GraalVM implements it in svm-foreign, which Maven Central does not carry; without
 * it, every Vert.x shutdown threw UnsatisfiedLinkError on its event loop thread. HotSpot uses it to make threads
 * still reading the arena fail first; here the only callers are Netty's released, reference-counted buffers, which
 * nothing reads once freed, so there is nothing to wait for: the close goes on.
 * ============================================================================================================ */
EXPORT void Java_jdk_internal_misc_ScopedMemoryAccess_closeScope0(JNIEnv *env, jobject self, jobject session,
                                                                 jobject error) {
  (void) env; (void) self; (void) session; (void) error;
}
