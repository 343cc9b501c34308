// The embedded AWS SDK (a flavour built by bundles/sdk/build.mjs, directory given by -Dllrt.sdk): the bare
// specifiers it answers when the user's node_modules has no copy, and the connection warm-up when one of its client
// packages loads. Nothing is read until an @aws-sdk/@smithy/@aws-crypto specifier misses node_modules.
'use strict';

const SDK_SCOPES = /^@(aws-sdk|smithy|aws-crypto)\//;
// how long a warm-up may try to open its connection; it runs beside init and never holds it up
const WARMUP_TIMEOUT_MS = 1000;

let manifest; // undefined until read; null when there is no embedded SDK
const warmed = new Set();
// globals the SDK's module bodies created while the native image's realm imported them (PreparedRealm holds them
// back): put in place when the process first imports an embedded package, where Node's import would create them
let heldGlobals = null;

function holdGlobals(values) {
  heldGlobals = values;
}

function load() {
  if (manifest !== undefined) return manifest;
  manifest = null;
  let home = native.sdkHome();
  let text = home ? native.readFile(home + '/manifest.json') : null;
  if (text) {
    manifest = JSON.parse(text);
    manifest.home = home;
  }
  return manifest;
}

// the embedded file for a bare specifier, or null
function lookup(spec) {
  if (!SDK_SCOPES.test(spec)) return null;
  let m = load();
  let rel = m && Object.prototype.hasOwnProperty.call(m.packages, spec) ? m.packages[spec] : null;
  return rel ? m.home + '/' + rel : null;
}

function originOf(url) {
  let m = /^(https?:\/\/[^/?#]+)/i.exec(String(url).trim());
  return m ? m[1] : null;
}

// The origin the client's first request will go to, as the SDK picks it: an endpoint URL from the environment
// (AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL), else the regional endpoint; global endpoints only in us-east-1.
function warmupOrigin(client, env) {
  if (!/^true$/i.test(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS || '')) {
    let configured = env['AWS_ENDPOINT_URL_' + client.env] || env.AWS_ENDPOINT_URL;
    if (configured) return originOf(configured);
  }
  let region = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) return null;
  if (client.global) return region === 'us-east-1' ? 'https://' + client.global : null;
  return 'https://' + client.prefix + '.' + region + (region.startsWith('cn-') ? '.amazonaws.com.cn' : '.amazonaws.com');
}

function warmupEnabled(env) {
  let flag = String(env.LLRT_SDK_CONNECTION_WARMUP || '').trim().toLowerCase();
  return flag !== '0' && flag !== 'false';
}

// an embedded package is being loaded: a client package opens its connection ahead of the first request
function loaded(spec) {
  if (heldGlobals && native.started()) {
    let held = heldGlobals;
    heldGlobals = null;
    Object.keys(held).forEach(name => {
      if (!(name in globalThis)) globalThis[name] = held[name];
    });
  }
  let m = load();
  let client = m && m.clients ? m.clients[spec] : null;
  if (!client || warmed.has(spec) || !native.started()) return; // not started: the image build imports it
  warmed.add(spec);
  let env = globalThis.process.env;
  if (!warmupEnabled(env)) return;
  let origin = warmupOrigin(client, env);
  if (!origin) return;
  let net;
  try {
    net = require('loader').requireBuiltin('llrt:net');
  } catch (e) {
    return; // a runtime without the network module: no warm-up
  }
  try {
    if (typeof net.warmup === 'function') net.warmup(origin, WARMUP_TIMEOUT_MS);
  } catch (e) {
    // a warm-up is an optimisation: whatever goes wrong, the first request connects as usual
  }
}

module.exports = { lookup, loaded, warmupOrigin, holdGlobals };
