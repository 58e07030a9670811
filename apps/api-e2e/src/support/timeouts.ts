// Each file starts the API as a process and seats the boards through it: seconds, not milliseconds.
// jest reads `testTimeout` only from the root config when it runs several projects, so it is set here.
jest.setTimeout(60_000);
