/**
 * A text that depends on a count, one form per plural category of its
 * language (`Intl.PluralRules`): English needs `one` and `other`, Arabic all
 * six. `other` is required; a category a text lacks falls back to it.
 *
 * @example { one: '{attempts} attempt left.', other: '{attempts} attempts left.' }
 */
export type PluralText = Readonly<Partial<Record<Intl.LDMLPluralRule, string | undefined>> & { other: string }>;
