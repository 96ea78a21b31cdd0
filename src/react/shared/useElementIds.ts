'use client';
import { useId } from 'react';

/** Element ids under one `useId` base, one per name (`{ title: 'title' }` → `{ title: '«r1»-title' }`): stable across server and client. */
export function useElementIds<Name extends string>(suffixes: Readonly<Record<Name, string>>): Record<Name, string> {
  const baseId = useId();
  const ids = {} as Record<Name, string>;
  for (const name of Object.keys(suffixes) as Name[]) ids[name] = `${baseId}-${suffixes[name]}`;
  return ids;
}
