import type { Metadata } from 'next';
import 'react-two-factor/styles.css';
import './globals.css';

// create-next-app's layout without next/font/google, which downloads the Geist fonts at build time.
export const metadata: Metadata = {
  title: 'react-two-factor in Next.js',
  description: 'Consumer test of react-two-factor',
};

export default function RootLayout({ children }: LayoutProps<'/'>) {
  return (
    <html lang="en" className="h-full antialiased">
      <body className="min-h-full flex flex-col">{children}</body>
    </html>
  );
}
