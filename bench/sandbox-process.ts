import { generateCompany } from '../libs/sandbox/quickbooks/generator';
import { startQuickBooksSandbox } from '../libs/sandbox/quickbooks';
import type { GenerateCompanyOptions } from '../libs/sandbox/quickbooks/generator';

/**
 * The QuickBooks sandbox in a process of its own for the benchmarks, as the real QuickBooks is
 * elsewhere: generating and serving a large company must not share Settle's event loop. Takes the
 * company options and webhook URL as JSON in argv, prints the sandbox's URLs as one JSON line.
 */
async function main(): Promise<void> {
  const { company, webhookUrl } = JSON.parse(process.argv[2]) as {
    company: GenerateCompanyOptions;
    webhookUrl: string;
  };
  const generated = generateCompany(company);
  const sandbox = await startQuickBooksSandbox({ webhookUrl, webhookBatchDelayMs: 50, companies: [generated] });
  process.stdout.write(
    `${JSON.stringify({
      realmId: generated.realmId,
      baseUrl: sandbox.baseUrl,
      apiBaseUrl: sandbox.apiBaseUrl,
      authorizeUrl: sandbox.authorizeUrl,
      tokenUrl: sandbox.tokenUrl,
      revokeUrl: sandbox.revokeUrl,
      userInfoUrl: sandbox.userInfoUrl,
      adminUrl: sandbox.adminUrl,
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      verifierToken: sandbox.verifierToken,
      activeCustomers: generated.customers.filter((customer) => customer.Active).length,
    })}\n`,
  );
  process.once('SIGTERM', () => void sandbox.close().then(() => process.exit(0)));
}

void main();
