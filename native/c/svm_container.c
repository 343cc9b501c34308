/*
 * svm_container.c - com.oracle.svm.core.container.ContainerLibrary ("svm_container") for llrt-java's toolchain.
 *
 * Reports "not containerised": svm_container_initialize answers 0 (no cgroup limits found), so the image sizes
 * itself from the host figures below. That is deliberate and enough for this project: llrt-java always starts its
 * native executable with an explicit -Xmx (the Lambda layer's bootstrap passes it from the function's memory
 * size), so the heap never depends on cgroup detection; processor count comes from sched_getaffinity, which a
 * cgroup cpuset restricts as well.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stddef.h>
#include <unistd.h>

#define EXPORT __attribute__((visibility("default")))

/* ContainerLibrary.VERSION of the svm this toolchain was written against (25.0.x); 0 = "not containerised". */
#define SVM_CONTAINER_VERSION 240100
EXPORT int svm_container_initialize(int version) {
  if (version > SVM_CONTAINER_VERSION) return 2; /* ERROR_LIBCONTAINER_TOO_OLD */
  if (version < SVM_CONTAINER_VERSION) return 3; /* ERROR_LIBCONTAINER_TOO_NEW */
  return 0;                                     /* SUCCESS_IS_NOT_CONTAINERIZED */
}

EXPORT size_t svm_container_physical_memory(void) {
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  return pages > 0 && size > 0 ? (size_t) pages * (size_t) size : 0;
}

/* -1: "unlimited / not available", as HotSpot's cgroup code answers without a limit */
EXPORT long svm_container_memory_limit_in_bytes(void) { return -1; }
EXPORT long svm_container_memory_and_swap_limit_in_bytes(void) { return -1; }
EXPORT long svm_container_memory_soft_limit_in_bytes(void) { return -1; }
EXPORT long svm_container_memory_usage_in_bytes(void) { return -1; }
EXPORT long svm_container_memory_max_usage_in_bytes(void) { return -1; }
EXPORT long svm_container_rss_usage_in_bytes(void) { return -1; }
EXPORT long svm_container_cache_usage_in_bytes(void) { return -1; }

EXPORT int svm_container_active_processor_count(void) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int) n : 1;
}
