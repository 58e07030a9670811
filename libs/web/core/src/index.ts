export { graphql } from './gql';
export type * from './gql/graphql';
export { createApolloClient } from './lib/apollo/create-apollo-client';
export { isApiErrorCode, readApiError, type FieldErrors } from './lib/api-error';
export {
  MeQueryDocument,
  RegisterMutationDocument,
  SignInMutationDocument,
  SignOutMutationDocument,
} from './lib/auth/auth.documents';
export { useCurrentUser, useRegister, useSignIn, useSignOut, type CurrentUser } from './lib/auth/use-auth';
export { i18n } from './lib/i18n/i18n';
export { useGraphQLLocale } from './lib/i18n/use-graphql-locale';
export { paths } from './lib/paths';
export {
  useRoomEvents,
  type RoomEventsOptions,
  type RoomStatus,
  type RoomSubscription,
} from './lib/realtime/use-room-events';
