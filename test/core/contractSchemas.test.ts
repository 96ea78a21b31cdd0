// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { identifierSchema } from '../../src/core/contract/identifierSchema.js';
import { languageTagSchema } from '../../src/core/contract/languageTagSchema.js';
import { toTwoFactorField } from '../../src/core/contract/TwoFactorField.js';

// 64 characters, the longest tag the contract takes, and one more.
const longestTag = 'en-x-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcde';
const tooLongTag = `${longestTag}f`;

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } | undefined }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('the contract schemas', () => {
  it('given a BCP 47 tag up to 64 characters, should take it; one character more, should refuse it', () => {
    expect(longestTag).toHaveLength(64);
    expect(languageTagSchema.safeParse('fr-BE').success).toBe(true);
    expect(languageTagSchema.safeParse(longestTag).success).toBe(true);
    expect(messagesOf(languageTagSchema.safeParse(tooLongTag))).toStrictEqual([`"${tooLongTag}" is not a BCP 47 language tag.`]);
  });

  it('given text that is no language tag, should say so and quote it', () => {
    expect(messagesOf(languageTagSchema.safeParse('français'))).toStrictEqual(['"français" is not a BCP 47 language tag.']);
  });

  it('given an identifier of spaces only, should refuse it as empty', () => {
    expect(messagesOf(identifierSchema.safeParse('   '))).toStrictEqual(['Must not be empty.']);
    expect(identifierSchema.safeParse(' p-1 ')).toMatchObject({ success: true, data: 'p-1' });
  });
});

describe('toTwoFactorField', () => {
  it.each([
    ['TwoFactorId', 'twoFactorId'],
    [' Medium ', 'medium'],
    ['$.Medium', 'medium'],
    ['command.Code', 'code'],
  ])('given the server property %s, should name the field %s', (propertyName, field) => {
    expect(toTwoFactorField(propertyName)).toBe(field);
  });

  it('given a property that only contains a field path, should name no field', () => {
    expect(toTwoFactorField('x$.Medium')).toBeUndefined();
    expect(toTwoFactorField('Contact.Phone')).toBeUndefined();
  });
});
