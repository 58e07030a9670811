import { Args, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@piano2030/shared-domain';
import { RequirePermission } from '@piano2030/api-core';
import { AuditService } from './audit.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEntryPageModel } from './models/audit-entry.model';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryPageModel)
  @RequirePermission(PERMISSIONS.AUDIT_READ)
  auditLog(@Args() args: AuditLogArgs): Promise<AuditEntryPageModel> {
    return this.audit.page(args);
  }
}
