import type { CodegenConfig } from '@graphql-codegen/cli';

// CODEGEN_OUT lets the drift check generate into a scratch directory and compare with the committed output.
const output = process.env.CODEGEN_OUT ?? 'libs/web/core/src/gql/';
const generatedGlob = '!libs/web/core/src/gql/**';

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/**/*.{ts,tsx}', generatedGlob, '!libs/web/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    [output.endsWith('/') ? output : `${output}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
