import { registerEnumType } from '@nestjs/graphql';
import type { Locale } from '@piano2030/shared-domain';
import { requestLocale, type AuthenticatedRequest } from './request-context';

/** GraphQL's view of a locale; enum values are upper case by convention. */
export enum LocaleArg {
  IT = 'it',
  EN = 'en',
}
registerEnumType(LocaleArg, { name: 'Locale' });

/** The explicit argument wins; otherwise the request's Accept-Language; otherwise Italian. */
export function chooseLocale(arg: LocaleArg | undefined | null, req: AuthenticatedRequest): Locale {
  return arg ?? requestLocale(req);
}
