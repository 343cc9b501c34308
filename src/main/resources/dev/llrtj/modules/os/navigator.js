'use strict';
// The navigator global as Node 21+ has it (llrt:navigator): hardwareConcurrency, language(s), platform, userAgent,
// read when asked (the process, not the image build, decides them). Navigator itself cannot be constructed.
const kConstruct = Symbol('navigator');

function Navigator(key) {
  if (key !== kConstruct) throw new TypeError('Illegal constructor');
}

// Node: the ICU default locale; here Intl's (the JDK's), 'en-US' without one
function language() {
  try {
    return new Intl.Collator().resolvedOptions().locale || 'en-US';
  } catch (e) {
    return 'en-US';
  }
}

// Node's strings: 'Linux x86_64', 'MacIntel', 'Win32'
function platform() {
  let p = process.platform;
  if (p === 'darwin') return 'MacIntel';
  if (p === 'win32') return 'Win32';
  if (p === 'linux') {
    let arch = process.arch === 'x64' ? 'x86_64' : process.arch === 'ia32' ? 'i686' : process.arch;
    return `Linux ${arch}`;
  }
  return `${p.charAt(0).toUpperCase()}${p.slice(1)} ${process.arch}`;
}

Object.defineProperties(Navigator.prototype, {
  hardwareConcurrency: { configurable: true, enumerable: true, get: () => require('os').availableParallelism() },
  language: { configurable: true, enumerable: true, get: language },
  languages: { configurable: true, enumerable: true, get: () => [language()] },
  platform: { configurable: true, enumerable: true, get: platform },
  userAgent: {
    configurable: true,
    enumerable: true,
    get: () => `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`,
  },
  [Symbol.toStringTag]: { configurable: true, value: 'Navigator' },
});

module.exports = { Navigator, navigator: new Navigator(kConstruct) };
