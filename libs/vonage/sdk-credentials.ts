/** What the official SDK's clients are built with: an account's API key and secret. */
interface VonageSdkCredentials {
  apiKey: string;
  apiSecret: string;
  privateKey: string;
}

/**
 * Credentials for the SDK's SMS client, which authenticates by key and secret. Its private key is
 * empty: the SDK looks for a file at the key it is given, even an absent one, and Node.js 24
 * deprecates asking `fs.existsSync` of anything but a path (DEP0187; a later release may throw).
 */
export function vonageSdkCredentials(apiKey: string, apiSecret: string): VonageSdkCredentials {
  return { apiKey, apiSecret, privateKey: '' };
}
