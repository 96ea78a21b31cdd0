/** What the engine uses of Web Storage (`sessionStorage`), spelled out so that the types hold without the DOM lib. */
export interface RecordStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}
