/** The command's exit codes (docs/cli.md). */
export const EXIT = { clean: 0, errorsFound: 1, couldNotRun: 2 } as const;
