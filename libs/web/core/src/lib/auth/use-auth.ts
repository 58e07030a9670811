import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CurrentUserFieldsFragment, LoginInput, RegisterInput } from '../../gql/graphql';
import {
  MeQueryDocument,
  RegisterMutationDocument,
  SignInMutationDocument,
  SignOutMutationDocument,
} from './auth.documents';

export type CurrentUser = CurrentUserFieldsFragment;

/** The signed-in account, or null for an anonymous visitor; every component asking shares one request. */
export function useCurrentUser(): { user: CurrentUser | null; loading: boolean } {
  const { data, loading } = useQuery(MeQueryDocument);
  return { user: data?.me ?? null, loading };
}

/** Signing in or registering sets the session cookie and returns the account: the cache learns it at once. */
export function useSignIn() {
  const [mutate, state] = useMutation(SignInMutationDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: MeQueryDocument, data: { me: data.login } });
    },
  });
  const signIn = useCallback((input: LoginInput) => mutate({ variables: { input } }), [mutate]);
  return [signIn, state] as const;
}

export function useRegister() {
  const [mutate, state] = useMutation(RegisterMutationDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: MeQueryDocument, data: { me: data.register } });
    },
  });
  const register = useCallback((input: RegisterInput) => mutate({ variables: { input } }), [mutate]);
  return [register, state] as const;
}

/**
 * Signing out drops every cached answer, since any of them may have depended on who was asking.
 * `leave` runs between the two, so a page that needs an account can move away before it sees none.
 */
export function useSignOut() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SignOutMutationDocument);
  const signOut = useCallback(
    async (leave?: () => void) => {
      await mutate();
      leave?.();
      await client.resetStore();
    },
    [client, mutate],
  );
  return [signOut, state] as const;
}
