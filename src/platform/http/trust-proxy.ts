/**
 * Express's `trust proxy` from TRUST_PROXY. Unset, empty or `false`: no proxy is trusted, so
 * X-Forwarded-For is ignored and a client cannot pick the address its rate limits count against.
 * `true` trusts every hop, a number that many hops, anything else is Express's list of addresses,
 * subnets or names (`loopback`, `10.0.0.0/8, 192.168.1.1`).
 */
export function trustProxyFrom(setting: string | undefined): boolean | number | string {
  const value = setting?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
