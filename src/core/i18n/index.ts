export * from "./lang";
export * from "./display-prefs";
export * from "./format";
export * from "./translator";
export type { MessageKey } from "./messages/en";
export * from "./resolve-prefs";
