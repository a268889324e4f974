import { runSandboxMain } from '../common/run-sandbox-main';
import type { QboCompanyData } from '../../quickbooks/qbo-types';
import { startQuickBooksSandbox } from './quickbooks-sandbox';
import { generateCompany } from './generator';

/** The sample company Settle's sandbox mode and `npm run sandbox` serve. */
function sampleCompany(): QboCompanyData {
  return generateCompany({ seed: 'settle-demo', customers: 200, invoices: 1000 });
}

const port = Number(process.env.QBO_SANDBOX_PORT ?? 4010);
runSandboxMain(
  () =>
    startQuickBooksSandbox({
      port,
      clientId: process.env.QBO_SANDBOX_CLIENT_ID,
      clientSecret: process.env.QBO_SANDBOX_CLIENT_SECRET,
      webhookUrl: process.env.QBO_SANDBOX_WEBHOOK_URL,
      webhookVerifierToken: process.env.QBO_SANDBOX_VERIFIER_TOKEN,
      companies: [sampleCompany()],
    }),
  (sandbox) => {
    const [company] = sandbox.admin.companies();
    return [
      `QuickBooks sandbox on ${sandbox.baseUrl}`,
      `  authorize  ${sandbox.authorizeUrl}`,
      `  token      ${sandbox.tokenUrl}`,
      `  revoke     ${sandbox.revokeUrl}`,
      `  userinfo   ${sandbox.userInfoUrl}`,
      `  api base   ${sandbox.apiBaseUrl}`,
      `  admin      ${sandbox.adminUrl}`,
      `  client id  ${sandbox.clientId} / secret ${sandbox.clientSecret} / verifier ${sandbox.verifierToken}`,
      `  company    ${company.companyName} (realmId ${company.realmId}, ${company.counts.Customer} customers, ${company.counts.Invoice} invoices)`,
    ];
  },
);
