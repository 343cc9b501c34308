// node:os for Linux: values parsed from /proc (read by the binding) and what the JVM knows.
'use strict';
const proc = require('process');

function systemFile(name) {
  return native.readSystemFile(name) || '';
}

// "Key:   value kB" lines of /proc/meminfo and /proc/self/status
function field(text, key) {
  let m = new RegExp('^' + key + ':\\s*(.*)$', 'm').exec(text);
  return m ? m[1].trim() : '';
}

function memInfoBytes(key) {
  return (parseInt(field(systemFile('/proc/meminfo'), key), 10) || 0) * 1024;
}

function hostname() {
  return systemFile('/proc/sys/kernel/hostname').trim() || proc.env.HOSTNAME || 'localhost';
}

function homedir() {
  return proc.env.HOME || native.userHome();
}

function tmpdir() {
  let dir = proc.env.TMPDIR || proc.env.TMP || proc.env.TEMP || '/tmp';
  return dir.length > 1 && dir.endsWith('/') ? dir.slice(0, -1) : dir;
}

// The kernel's release cannot change under a running process, and the SDK's user agent asks for it on every request
// (a /proc read each time, 1% of a warm SDK call: docs/warm-sdk.md): read once, when the process starts
const kernel = {};
require('llrt:per-process').define(kernel, 'release', () => systemFile('/proc/sys/kernel/osrelease').trim() || native.osVersion());

function release() {
  return kernel.release;
}

function version() {
  return systemFile('/proc/sys/kernel/version').trim();
}

function machine() {
  return { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l' }[proc.arch] || proc.arch;
}

// times in ms, as Node reports them: /proc/stat counts USER_HZ (100) ticks
function cpus() {
  let info = systemFile('/proc/cpuinfo').split(/\n\n+/).filter(block => /^processor\s*:/m.test(block));
  let stat = systemFile('/proc/stat').split('\n').filter(line => /^cpu\d+ /.test(line));
  return stat.map((line, i) => {
    let t = line.split(/\s+/).slice(1).map(Number);
    let block = info[i] || '';
    return {
      model: field(block, 'model name\\s*') || field(block, 'Processor\\s*') || 'unknown',
      speed: Math.floor(Number(native.readSystemFile(`/sys/devices/system/cpu/cpu${i}/cpufreq/scaling_cur_freq`)) / 1000) || 0,
      times: { user: t[0] * 10, nice: t[1] * 10, sys: t[2] * 10, idle: t[3] * 10, irq: t[5] * 10 },
    };
  });
}

function loadavg() {
  let parts = systemFile('/proc/loadavg').split(' ');
  return [0, 1, 2].map(i => Number(parts[i]) || 0);
}

function uptime() {
  return Number(systemFile('/proc/uptime').split(' ')[0]) || 0;
}

function userInfo(options) {
  let status = systemFile('/proc/self/status');
  let uid = parseInt(field(status, 'Uid'), 10);
  let gid = parseInt(field(status, 'Gid'), 10);
  let entry = systemFile('/etc/passwd').split('\n').map(line => line.split(':')).filter(f => Number(f[2]) === uid)[0];
  let info = {
    uid: isNaN(uid) ? -1 : uid,
    gid: isNaN(gid) ? -1 : gid,
    username: entry ? entry[0] : native.userName(),
    homedir: entry ? entry[5] : homedir(),
    shell: entry ? entry[6] || null : null,
  };
  if (options && options.encoding === 'buffer') {
    let Buffer = require('buffer').Buffer;
    ['username', 'homedir', 'shell'].forEach(k => {
      if (info[k] !== null) info[k] = Buffer.from(info[k]);
    });
  }
  return info;
}

// null-prototype objects, not frozen, as Node has them
function table(values) {
  return Object.assign(Object.create(null), values);
}

const constants = table({
  UV_UDP_REUSEADDR: 4,
  dlopen: table({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno: table({
    E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114, EBADF: 9,
    EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104,
    EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113,
    EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21, ELOOP: 40,
    EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102,
    ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37,
    ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38,
    ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95,
    EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91, ERANGE: 34, EROFS: 30,
    ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
  }),
  signals: table({
    SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9,
    SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16,
    SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25,
    SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
  }),
  priority: table({
    PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20,
  }),
});

module.exports = {
  EOL: '\n',
  devNull: '/dev/null',
  constants,
  arch: () => proc.arch,
  platform: () => proc.platform,
  type: () => 'Linux',
  machine,
  release,
  version,
  hostname,
  homedir,
  tmpdir,
  endianness: () => 'LE',
  cpus,
  availableParallelism: () => native.availableParallelism(),
  totalmem: () => memInfoBytes('MemTotal'),
  freemem: () => memInfoBytes('MemAvailable'),
  uptime,
  loadavg,
  userInfo,
  networkInterfaces: () => ({}),
  getPriority: () => 0,
  setPriority: () => {},
};
