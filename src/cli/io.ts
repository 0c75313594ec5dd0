/** Where the CLI writes: the process's streams in use, strings in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The environment's language tags (LC_ALL, LANG), for messages when --lang is not given. */
  env: Readonly<Record<string, string | undefined>>;
}
