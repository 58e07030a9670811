export { GovernanceModule } from './lib/governance.module';
export { GOVERNANCE_ENTITIES } from './lib/governance.entities';
