/** Records of one kind in `sessionStorage`, with an in-memory fallback. */
export interface SessionRecords<Value> {
  read(key: string): Value | undefined;
  write(key: string, value: Value): void;
  remove(key: string): void;
  /** Removes every record of this kind, stored and in memory. */
  clear(): void;
}
