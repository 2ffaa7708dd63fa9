// A user mistake on the command line: printed as it is, exit code 1 (no stack trace).
export class CliError extends Error {}
