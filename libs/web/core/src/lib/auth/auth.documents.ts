import { graphql } from '../../gql';

export const CurrentUserFieldsFragment = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    displayName
    roles
    createdAt
  }
`);

export const MeQueryDocument = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const SignInMutationDocument = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      ...CurrentUserFields
    }
  }
`);

export const RegisterMutationDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...CurrentUserFields
    }
  }
`);

export const SignOutMutationDocument = graphql(`
  mutation SignOut {
    logout
  }
`);
