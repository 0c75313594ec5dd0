/** The command's exit codes (docs/cli.md); for diff, 1 means changes found, as diff(1)'s does. */
export const EXIT = { clean: 0, errorsFound: 1, couldNotRun: 2, changesFound: 1 } as const;
