/**
 * Splits a component's props into its hook's options (the keys of `keys`, a record the hook's file
 * writes once and its type checks complete) and the attributes passed through to its root element.
 */
export function splitProps<Props extends object, Key extends keyof Props>(
  props: Props,
  keys: Readonly<Record<Key, true>>,
): [options: Pick<Props, Key>, attributes: Omit<Props, Key>] {
  const options: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (Object.hasOwn(keys, key)) options[key] = value;
    else attributes[key] = value;
  }
  return [options as Pick<Props, Key>, attributes as Omit<Props, Key>];
}
