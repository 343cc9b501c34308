/** {@code llrt:timezone}: LLRT's {@code Timezone.getOffset/list} (its API.md) on java.time's tz database. */
package dev.llrtj.modules.timezone;
