import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { createProjectGraphAsync } from '@nx/devkit';

/**
 * The boundary rule skips itself silently when no project graph is cached, so this proves, with
 * the workspace's own ESLint configuration, that forbidden imports really fail.
 */
const root = path.resolve(__dirname, '../..');

interface LintResult {
  messages: { ruleId: string | null; message: string }[];
}

/** Lints `code` as if it were `file`, with the real eslint binary (its exit code is 1 on errors). */
async function errorsFor(file: string, code: string): Promise<string[]> {
  const eslint = path.join(root, 'node_modules/.bin/eslint');
  const run = promisify(execFile)(eslint, ['--format', 'json', '--stdin', '--stdin-filename', file], {
    cwd: root,
  });
  run.child.stdin?.end(code);
  const { stdout } = await run.catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  const [result] = JSON.parse(stdout) as LintResult[];
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

const FORBIDDEN: [string, string][] = [
  ['libs/web/ui/src/lib/probe.ts', "import { Injectable } from '@nestjs/common';"],
  ['libs/web/core/src/lib/probe.ts', "import { DataSource } from 'typeorm';"],
  ['apps/web/src/probe.ts', "import { Client } from 'pg';"],
  ['libs/web/plan/src/lib/probe.ts', "import { NotFoundError } from '@piano2030/api-core';"],
  ['libs/shared/domain/src/lib/probe.ts', "import { useState } from 'react';"],
  ['libs/shared/domain/src/lib/probe.ts', "import { Module } from '@nestjs/common';"],
  ['libs/api/iam/src/lib/probe.ts', "import { useQuery } from '@apollo/client/react';"],
  ['libs/api/core/src/lib/probe.ts', "import { IamModule } from '@piano2030/api-iam';"],
];

const ALLOWED: [string, string][] = [
  ['libs/web/ui/src/lib/probe.ts', "import { LOCALES } from '@piano2030/shared-domain';"],
  ['libs/api/iam/src/lib/probe.ts', "import { RateLimiter } from '@piano2030/api-core';"],
];

describe('module boundaries', () => {
  const results = new Map<string, string[]>();
  const key = (file: string, code: string) => `${file} <- ${code}`;

  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: true });
    await Promise.all(
      [...FORBIDDEN, ...ALLOWED].map(async ([file, code]) =>
        results.set(key(file, code), await errorsFor(file, `${code}\nexport const probe = 1;\n`)),
      ),
    );
  }, 120_000);

  it.each(FORBIDDEN)('refuses, in %s: %s', (file, code) => {
    expect(results.get(key(file, code))).not.toEqual([]);
  });

  it.each(ALLOWED)('allows, in %s: %s', (file, code) => {
    expect(results.get(key(file, code))).toEqual([]);
  });
});
