/**
 * Splits a component's props into its behaviour options (the `keys`) and
 * the attributes passed through to its root element.
 */
export function splitProps<Props extends object, Key extends keyof Props>(
  props: Props,
  keys: readonly Key[],
): [options: Pick<Props, Key>, attributes: Omit<Props, Key>] {
  const options: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if ((keys as readonly PropertyKey[]).includes(key)) options[key] = value;
    else attributes[key] = value;
  }
  return [options as Pick<Props, Key>, attributes as Omit<Props, Key>];
}
