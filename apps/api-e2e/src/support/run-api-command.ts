import { spawn } from 'node:child_process';
import { API_MAIN, REPO_ROOT } from './paths';

export interface CommandResult {
  code: number | null;
  output: string;
}

/** Runs the built API once (`migrate`, `check-migrations`, or a start expected to fail) and collects its output. */
export function runApiCommand(args: string[], env: Record<string, string>): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [API_MAIN, ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
