import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'react-two-factor/styles.css';
import './globals.css';

// The template's layout without next/font/google, which downloads fonts at build time (no internet here).
export const metadata: Metadata = {
  title: 'react-two-factor in Next.js',
  description: 'Consumer test of react-two-factor',
};

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
