// llrt:timezone — LLRT's Timezone (API.md): UTC offsets in minutes (east positive) and the IANA zone names,
// from java.time's tz database. An unknown zone is a RangeError, as Intl has it.
'use strict';
const Timezone = {
  getOffset(timezone, epochMs) {
    if (typeof timezone !== 'string') {
      let e = new TypeError(`The "timezone" argument must be of type string. Received ${typeof timezone}`);
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    return native.offsetMinutes(timezone, epochMs === undefined ? Date.now() : Number(epochMs));
  },
  list() {
    return Array.from(native.zones());
  },
};
exports.Timezone = Timezone;
exports.default = Timezone;
