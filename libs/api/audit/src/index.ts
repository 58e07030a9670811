export { AuditModule } from './lib/audit.module';
export { AuditService, type AuditRecord } from './lib/audit.service';
export { AUDIT_ENTITIES } from './lib/audit.entities';
