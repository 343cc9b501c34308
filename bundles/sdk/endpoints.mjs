// The warm-up table: for each embedded client, the endpoint its default configuration resolves to, found by
// running the client's own endpoint resolver (Node, at build time) for two regions rather than by a hand-kept list.
//   regional service: { prefix: 'dynamodb', env: 'DYNAMODB' }  -> https://dynamodb.<region>.amazonaws.com
//   global service:   { global: 'iam.amazonaws.com', env: 'IAM' } -> warmed only in us-east-1
// `env` is the service's AWS_ENDPOINT_URL_<ENV> suffix (its serviceId, upper case, spaces as underscores).
const PROBE = 'eu-north-1';

async function resolveHost(config, region) {
  const endpoint = await config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false }, {});
  return endpoint.url.hostname;
}

export async function endpointTable(clientPackages) {
  const table = {};
  const saved = process.emitWarning;
  process.emitWarning = () => {}; // the SDK warns about the build machine's Node version, which does not matter here
  try {
    for (const name of clientPackages) {
      const mod = await import(name);
      const Client = Object.values(mod).find((v) => typeof v === 'function' && /Client$/.test(v.name) && v.name !== 'Client' && v.prototype?.send);
      if (!Client) continue;
      const client = new Client({ region: PROBE, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
      try {
        const env = String(client.config.serviceId).toUpperCase().replace(/ /g, '_');
        const host = await resolveHost(client.config, PROBE);
        if (host.includes('.' + PROBE + '.')) table[name] = { prefix: host.slice(0, host.indexOf('.' + PROBE + '.')), env };
        else table[name] = { global: host, env };
      } catch {
        // a client whose endpoint needs more than a region (none in LLRT's lists today) gets no warm-up
      } finally {
        client.destroy();
      }
    }
  } finally {
    process.emitWarning = saved;
  }
  return table;
}
