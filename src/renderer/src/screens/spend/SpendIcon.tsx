import type { SVGProps } from 'react';

/** The navigation icon of the Spend page: a coin and a rising line; decorative, like the other nav icons. */
export function SpendIcon({ size = 18, ...props }: SVGProps<SVGSVGElement> & { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
      <path d="M8 14a5 5 0 1 0 0-10 5 5 0 0 0 0 10z" />
      <path d="M8 7v4" />
      <path d="M3 20l5-3 4 2 8-6" />
      <path d="M16 13h4v4" />
    </svg>
  );
}
