import { Logger, type INestApplicationContext } from '@nestjs/common';
import { AccountsService } from '@piano2030/api-iam';
import type { AppConfig } from '../config/app-config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { seedDemoConsultations } from './demo-consultations';
import { seedDemoGovernance } from './demo-governance';
import { seedDemoParticipants } from './demo-participants';
import { seedDemoStrategy } from './demo-strategy';
import { seedDemoWorkPlans } from './demo-work-plans';
import { describeImport, importRppReport } from './rpp-report';

/**
 * Start-up data beyond the reference data the migrations carry: the configured administrator,
 * the chamber's 2020 report and, in demo mode, the demo accounts. Idempotent: a second start
 * changes nothing.
 */
export async function runSeeds(app: INestApplicationContext, config: AppConfig): Promise<string[]> {
  const logger = new Logger('Seeds');
  const accounts = app.get(AccountsService);
  const notes: string[] = [];
  if (config.admin) {
    const { created } = await accounts.ensureAccount({
      ...config.admin,
      displayName: 'Amministratore',
      roles: ['ADMIN'],
    });
    logger.log(`Administrator ${config.admin.email} ${created ? 'created' : 'present'}`);
  }
  logger.log(describeImport(await importRppReport(app)));
  if (config.seedDemo) {
    let created = 0;
    for (const spec of DEMO_ACCOUNTS) if ((await accounts.ensureAccount(spec)).created) created += 1;
    logger.log(`Demo accounts: ${created} created, ${DEMO_ACCOUNTS.length - created} already present`);
    if (await seedDemoGovernance(app)) logger.log('Demo governance: bodies seated, first meeting held');
    if (await seedDemoWorkPlans(app)) logger.log("Demo work plan: this quarter's plan adopted and under way");
    if (await seedDemoStrategy(app))
      logger.log('Demo strategy: tourism SWOT published, two priorities, two interventions');
    if (await seedDemoParticipants(app))
      logger.log('Demo participants: four organisations with verified representatives, one request pending');
    if (await seedDemoConsultations(app))
      logger.log('Demo consultations: slow tourism open with contributions and two answers, one draft');
    notes.push(
      `Demo accounts (password "${DEMO_PASSWORD}"):`,
      ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(36)} ${[...a.roles, a.displayName].join(' · ')}`),
    );
  }
  return notes;
}
