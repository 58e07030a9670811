import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const API_MAIN = path.join(REPO_ROOT, 'dist/api/apps/api/src/main.js');
