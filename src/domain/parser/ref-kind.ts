// How a person is referred to in a message; shared by the Chinese and English finders.
export type RefKind = "self" | "named" | "pronoun" | "unnamed";

/** Records a reference found at [start, end). */
export type Push = (start: number, end: number, kind: RefKind, name?: string, praised?: boolean) => void;
