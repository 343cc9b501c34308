// node:os on Linux. Constants are Node 20's values; system facts are checked against /proc, where Node reads them.
const os = require('node:os');
const fs = require('node:fs');

describe('os', () => {
  it('names the platform', () => {
    expect(os.platform()).toBe('linux');
    expect(os.type()).toBe('Linux');
    expect(os.arch()).toBe(process.arch);
    expect(['x64', 'arm64']).toContain(os.arch());
    expect(os.machine()).toBe({ x64: 'x86_64', arm64: 'aarch64' }[os.arch()]);
    expect(os.EOL).toBe('\n');
    expect(os.endianness()).toBe('LE');
    expect(os.devNull).toBe('/dev/null');
    expect(os.release()).toBe(fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
    expect(os.version()).toBe(fs.readFileSync('/proc/sys/kernel/version', 'utf8').trim());
    expect(os.hostname()).toBe(fs.readFileSync('/proc/sys/kernel/hostname', 'utf8').trim());
  });

  it('knows the user and directories', () => {
    expect(os.homedir()).toBe(process.env.HOME);
    expect(os.tmpdir()).toBe((process.env.TMPDIR || '/tmp').replace(/(.)\/$/, '$1'));
    const info = os.userInfo();
    expect(Object.keys(info)).toEqual(['uid', 'gid', 'username', 'homedir', 'shell']);
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    expect(info.uid).toBe(Number(/^Uid:\s*(\d+)/m.exec(status)[1]));
    expect(info.gid).toBe(Number(/^Gid:\s*(\d+)/m.exec(status)[1]));
    expect(typeof info.username).toBe('string');
  });

  it('reports cpus, memory and load', () => {
    const cpus = os.cpus();
    const statLines = fs.readFileSync('/proc/stat', 'utf8').split('\n').filter(l => /^cpu\d+ /.test(l));
    expect(cpus.length).toBe(statLines.length);
    expect(Object.keys(cpus[0])).toEqual(['model', 'speed', 'times']);
    expect(Object.keys(cpus[0].times)).toEqual(['user', 'nice', 'sys', 'idle', 'irq']);
    expect(cpus[0].times.user > 0).toBe(true);
    // Node (libuv) takes the speed from cpufreq, and says 0 without it
    const freq = '/sys/devices/system/cpu/cpu0/cpufreq/scaling_cur_freq';
    expect(cpus[0].speed).toBe(fs.existsSync(freq) ? Math.floor(Number(fs.readFileSync(freq, 'utf8')) / 1000) : 0);
    expect(os.availableParallelism() >= 1).toBe(true);
    expect(os.totalmem() > os.freemem()).toBe(true);
    expect(os.freemem() > 0).toBe(true);
    expect(os.totalmem() % 1024).toBe(0);
    expect(os.uptime() > 0).toBe(true);
    const load = os.loadavg();
    expect(load.length).toBe(3);
    expect(typeof load[0]).toBe('number');
    expect(typeof os.networkInterfaces()).toBe('object');
  });

  it('has Node\'s constants', () => {
    expect(os.constants.signals.SIGTERM).toBe(15);
    expect(os.constants.signals.SIGKILL).toBe(9);
    expect(os.constants.errno.EEXIST).toBe(17);
    expect(os.constants.errno.ENOENT).toBe(2);
    expect(os.constants.priority.PRIORITY_HIGH).toBe(-14);
    expect(Object.isFrozen(os.constants.signals)).toBe(false);
    expect(Object.getPrototypeOf(os.constants.signals)).toBe(null);
  });
});

describe('unsupported modules', () => {
  it('load, and their functions throw ERR_NOT_SUPPORTED', () => {
    ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'worker_threads'].forEach(name => {
      expect(typeof require('node:' + name)).toBe('object');
    });
    let err;
    try {
      require('node:http2').connect('https://example.com');
    } catch (e) {
      err = e;
    }
    expect(err.code).toBe('ERR_NOT_SUPPORTED');
    expect(err.message).toContain('node:http2 is not supported; use fetch or node:https');
    expect(() => new (require('worker_threads').Worker)('x.js')).toThrow('node:worker_threads is not supported');
    expect(require('worker_threads').isMainThread).toBe(true);
  });
});
