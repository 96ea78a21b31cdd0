import { cookies } from 'next/headers';

// Stands in for your app's session: here the signed-in person's id is the `session` cookie.
export async function getSession(): Promise<{ personId: string } | null> {
  const personId = (await cookies()).get('session')?.value;
  return personId ? { personId } : null;
}
